import { Injectable } from '@nestjs/common';
import { AccountStore } from '../account-store';
import type { AdminAccountDto } from '../dto/admin-account.dto';

/** Account look-ups for clinic admins (support: "I cannot sign in"). */
@Injectable()
export class AdminAccountsService {
  constructor(private readonly accounts: AccountStore) {}

  /** The account with this address, as a list of zero or one. */
  async findByEmail(email: string): Promise<AdminAccountDto[]> {
    const account = await this.accounts.byEmail(email);
    if (!account) return [];
    return [
      {
        id: account.id,
        email: account.email,
        role: account.role,
        status: account.status,
        twoFactor: account.twoFactorMethod,
        lockedUntil:
          account.lockedUntil && account.lockedUntil > new Date() ? account.lockedUntil.toISOString() : null,
        createdAt: account.createdAt.toISOString(),
      },
    ];
  }
}

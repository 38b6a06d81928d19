import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { NotFoundError } from '../../common/errors/domain-error';
import { AccountStore } from '../account-store';
import type { MeDto } from '../dto/me.dto';
import type { UpdateMeDto } from '../dto/update-me.dto';

/** The signed-in user's own account and `self` profile. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
  ) {}

  async get(caller: AuthenticatedAccount): Promise<MeDto> {
    const account = await this.accounts.byId(caller.id);
    if (!account) throw new NotFoundError('No such account.');
    const profile = await this.accounts.selfProfile(account.id);
    return {
      account: {
        id: account.id,
        email: account.email,
        role: account.role,
        locale: account.locale,
        phone: account.phone,
        twoFactor: account.twoFactorMethod,
        createdAt: account.createdAt.toISOString(),
      },
      profile: profile && {
        id: profile.id,
        lastName: profile.lastName,
        firstName: profile.firstName,
        middleName: profile.middleName,
        birthDate: profile.birthDate,
        sex: profile.sex,
        verificationStatus: profile.verificationStatus,
        verificationMethod: profile.verificationMethod,
        failureReason: profile.failureReason,
      },
    };
  }

  /** Contact phone and language; the phone is the `self` profile's too. */
  async update(caller: AuthenticatedAccount, changes: UpdateMeDto): Promise<MeDto> {
    await this.dataSource.transaction(async (m) => {
      if (changes.locale !== undefined) {
        await m.query(`UPDATE account SET locale = $2 WHERE id = $1`, [caller.id, changes.locale]);
      }
      if (changes.phone !== undefined) {
        await m.query(`UPDATE account SET phone = $2 WHERE id = $1`, [caller.id, changes.phone]);
        await m.query(
          `UPDATE profile SET phone = $2
            WHERE id IN (SELECT profile_id FROM profile_access WHERE account_id = $1 AND relation = 'self')`,
          [caller.id, changes.phone],
        );
      }
    });
    return this.get(caller);
  }
}

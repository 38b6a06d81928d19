import { Injectable } from '@nestjs/common';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { FieldValidationError, UnauthenticatedError } from '../../common/errors/domain-error';
import type { Account } from '../account.entity';
import { AccountStore } from '../account-store';
import { PasswordHasher } from './password-hasher';

/** Asks for the current password again before a security setting changes. */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The caller's account when `password` is theirs; a field error on `field` otherwise. */
  async confirm(caller: AuthenticatedAccount, password: string, field = 'password'): Promise<Account> {
    const account = await this.accounts.byId(caller.id);
    if (!account) throw new UnauthenticatedError('Sign in to continue.');
    const { ok } = await this.hasher.verify(account.passwordHash, password);
    if (!ok) throw new FieldValidationError({ [field]: ['The password is wrong'] });
    return account;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { UnauthenticatedError } from '../../common/errors/domain-error';
import { MailService } from '../../mail/mail.service';
import { Account, TwoFactorMethod } from '../account.entity';
import { AccountStore } from '../account-store';
import { OneTimeCodeService } from '../codes/one-time-code.service';
import { SendLimiter } from '../codes/send-limiter';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionService, SignedIn } from '../sessions/session.service';
import { ChallengeTokens } from './challenge-tokens';
import { lockedError, LoginLockout } from './login-lockout.service';

export const WRONG_CREDENTIALS = 'Wrong email or password';

export type LoginOutcome =
  | { signedIn: SignedIn }
  | { challenge: { twoFactorRequired: true; method: 'email' | 'totp'; challengeToken: string } };

/**
 * Sign-in with email and password. Unknown addresses, unconfirmed accounts and wrong
 * passwords get the same 401 after the same argon2 work; ten failures in a row lock.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LoginLockout,
    private readonly sessions: SessionService,
    private readonly challenges: ChallengeTokens,
    private readonly codes: OneTimeCodeService,
    private readonly limiter: SendLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<LoginOutcome> {
    const account = await this.accounts.byEmail(email);
    if (!account || account.status !== 'active') {
      // Same work as a real check; pending accounts verify their own hash, unknown ones a dummy.
      await (account
        ? this.hasher.verify(account.passwordHash, password)
        : this.hasher.verifyDummy(password));
      await this.failed(account?.id ?? null, client, account ? 'not-confirmed' : 'unknown-email');
      await this.lockout.recordUnknownFailure(email);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    const { ok, rehash } = await this.hasher.verify(account.passwordHash, password);
    if (this.lockout.isLocked(account)) {
      await this.failed(account.id, client, 'locked');
      throw lockedError();
    }
    if (!ok) {
      await this.failed(account.id, client, 'wrong-password');
      await this.lockout.recordFailure(account, client);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (rehash) await this.updateHash(account.id, password);
    if (account.twoFactorMethod)
      return { challenge: await this.challenge(account, account.twoFactorMethod, client) };
    await this.lockout.clear(account.id);
    return { signedIn: await this.signIn(account, client, {}) };
  }

  /** Starts a session for an account whose credentials were all checked, and records it. */
  async signIn(account: Account, client: ClientInfo, details: Record<string, unknown>): Promise<SignedIn> {
    const signedIn = await this.sessions.start(account, client);
    await this.audit.record({
      action: 'auth.sign-in',
      accountId: account.id,
      success: true,
      ip: client.ip,
      userAgent: client.userAgent,
      details,
    });
    return signedIn;
  }

  /** Records a failed sign-in; `reason` is shown in the owner's sign-in history. */
  async failed(accountId: string | null, client: ClientInfo, reason: string): Promise<void> {
    await this.audit.record({
      action: 'auth.sign-in-failed',
      accountId,
      success: false,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { reason },
    });
  }

  private async challenge(account: Account, method: TwoFactorMethod, client: ClientInfo) {
    if (method === 'email') {
      await this.limiter.hit('login', account.id);
      const code = await this.dataSource.transaction((m) =>
        this.codes.issue(m, { accountId: account.id, purpose: 'login', email: account.email }),
      );
      await this.mail.send({
        to: account.email,
        template: 'login-code',
        locale: account.locale,
        data: { code },
        correlationId: client.correlationId,
      });
    }
    return {
      twoFactorRequired: true as const,
      method,
      challengeToken: await this.challenges.sign(account.id, method),
    };
  }

  private async updateHash(accountId: string, password: string): Promise<void> {
    await this.dataSource.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [
      accountId,
      await this.hasher.hash(password),
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { UnauthenticatedError } from '../../common/errors/domain-error';
import { Account } from '../account.entity';
import { AccountStore } from '../account-store';
import { OneTimeCodeService } from '../codes/one-time-code.service';
import { SecretBox } from '../crypto/secret-box';
import { isRecoveryCodeFormat, RecoveryCodes } from '../recovery/recovery-codes';
import type { SignedIn } from '../sessions/session.service';
import { acceptedTotpStep } from '../two-factor/totp';
import { TOTP_SECRET_CONTEXT } from '../two-factor/two-factor-settings.service';
import { ChallengeTokens } from './challenge-tokens';
import { lockedError, LoginLockout } from './login-lockout.service';
import { LoginService } from './login.service';

const WRONG_CODE = 'Wrong code. Check it and try again.';

/**
 * The second step of sign-in: the challenge from the password step plus the emailed code, the
 * authenticator code, or a single-use recovery code. Wrong codes count toward the lockout.
 */
@Injectable()
export class TwoFactorLoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengeTokens,
    private readonly accounts: AccountStore,
    private readonly lockout: LoginLockout,
    private readonly codes: OneTimeCodeService,
    private readonly recovery: RecoveryCodes,
    private readonly box: SecretBox,
    private readonly login: LoginService,
  ) {}

  async complete(challengeToken: string, code: string, client: ClientInfo): Promise<SignedIn> {
    const { accountId, method } = await this.challenges.verify(challengeToken);
    const account = await this.accounts.byId(accountId);
    if (!account || account.status !== 'active' || account.twoFactorMethod !== method) {
      throw new UnauthenticatedError('The sign-in has expired. Please enter your email and password again.');
    }
    if (this.lockout.isLocked(account)) {
      await this.login.failed(account.id, client, 'locked');
      throw lockedError();
    }
    const used = await this.check(account, code);
    if (!used) {
      await this.login.failed(account.id, client, 'wrong-code');
      await this.lockout.recordFailure(account, client);
      throw new UnauthenticatedError(WRONG_CODE);
    }
    await this.lockout.clear(account.id);
    return this.login.signIn(account, client, { twoFactor: used });
  }

  /** Which factor the code proved (`email`, `totp`, `recovery-code`), or `null`. */
  private async check(account: Account, code: string): Promise<string | null> {
    if (isRecoveryCodeFormat(code))
      return (await this.recovery.consume(account.id, code)) ? 'recovery-code' : null;
    if (account.twoFactorMethod === 'email') {
      const ok = await this.dataSource.transaction((m) =>
        this.codes.consume(m, { accountId: account.id, purpose: 'login' }, code),
      );
      return ok ? 'email' : null;
    }
    if (!account.totpSecret) return null;
    const secret = this.box.open(account.totpSecret, TOTP_SECRET_CONTEXT(account.id));
    const lastStep = account.totpLastStep === null ? null : Number(account.totpLastStep);
    const step = acceptedTotpStep(secret, code, lastStep);
    if (step === null) return null;
    // Record the step only if no one used it (or a later one) in the meantime: one use per code.
    const [recorded] = await this.dataSource.query<Array<{ id: string }>>(
      `WITH s AS (UPDATE account SET totp_last_step = $2
                   WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id)
       SELECT * FROM s`,
      [account.id, step],
    );
    return recorded ? 'totp' : null;
  }
}

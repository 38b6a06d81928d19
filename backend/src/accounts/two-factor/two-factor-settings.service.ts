import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toDataURL } from 'qrcode';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { FieldValidationError, RuleError } from '../../common/errors/domain-error';
import { AccountStore } from '../account-store';
import { SecretBox } from '../crypto/secret-box';
import type { TotpSetupDto } from '../dto/totp-setup.dto';
import { PasswordConfirmation } from '../passwords/password-confirmation';
import { RecoveryCodes } from '../recovery/recovery-codes';
import { acceptedTotpStep, newTotpSecret, totpFor } from './totp';

/** The associated data binding an account's sealed authenticator secret to that account. */
export const TOTP_SECRET_CONTEXT = (accountId: string) => `totp-secret:${accountId}`;

/** Turning two-step sign-in on (by email, or with an authenticator app) and off. */
@Injectable()
export class TwoFactorSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly password: PasswordConfirmation,
    private readonly accounts: AccountStore,
    private readonly box: SecretBox,
    private readonly recovery: RecoveryCodes,
    private readonly audit: AuditService,
  ) {}

  async enableEmail(caller: AuthenticatedAccount, password: string, client: ClientInfo): Promise<void> {
    await this.password.confirm(caller, password);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE account SET two_factor_method = 'email', totp_secret = NULL, totp_pending_secret = NULL,
                            totp_last_step = NULL WHERE id = $1`,
        [caller.id],
      );
      await this.recovery.removeAll(m, caller.id);
      await this.record(caller, 'auth.two-factor-enabled', { method: 'email' }, client, m);
    });
  }

  /** A new secret for an authenticator app; two-step stays as it is until {@link confirmTotp}. */
  async setupTotp(caller: AuthenticatedAccount, password: string): Promise<TotpSetupDto> {
    const account = await this.password.confirm(caller, password);
    const secret = newTotpSecret();
    await this.dataSource.query(`UPDATE account SET totp_pending_secret = $2 WHERE id = $1`, [
      caller.id,
      this.box.seal(secret, TOTP_SECRET_CONTEXT(caller.id)),
    ]);
    const otpauthUrl = totpFor(secret, account.email).toString();
    return {
      secret,
      otpauthUrl,
      qrDataUrl: await toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2 }),
    };
  }

  /** Turns the authenticator app on once it shows a right code; returns ten recovery codes. */
  async confirmTotp(caller: AuthenticatedAccount, code: string, client: ClientInfo): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const account = await this.accounts.byId(caller.id, m, true);
      if (!account?.totpPendingSecret) throw new RuleError('Start the authenticator app setup first.');
      const secret = this.box.open(account.totpPendingSecret, TOTP_SECRET_CONTEXT(caller.id));
      const step = acceptedTotpStep(secret, code, null);
      if (step === null)
        throw new FieldValidationError({ code: ['Wrong code. Check the time on your phone and try again.'] });
      await m.query(
        `UPDATE account SET two_factor_method = 'totp', totp_secret = totp_pending_secret,
                            totp_pending_secret = NULL, totp_last_step = $2 WHERE id = $1`,
        [caller.id, step],
      );
      const codes = await this.recovery.replace(m, caller.id);
      await this.record(caller, 'auth.two-factor-enabled', { method: 'totp' }, client, m);
      return codes;
    });
  }

  async disable(caller: AuthenticatedAccount, password: string, client: ClientInfo): Promise<void> {
    const account = await this.password.confirm(caller, password);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE account SET two_factor_method = NULL, totp_secret = NULL, totp_pending_secret = NULL,
                            totp_last_step = NULL WHERE id = $1`,
        [caller.id],
      );
      await this.recovery.removeAll(m, caller.id);
      await this.record(caller, 'auth.two-factor-disabled', { method: account.twoFactorMethod }, client, m);
    });
  }

  private record(
    caller: AuthenticatedAccount,
    action: string,
    details: Record<string, unknown>,
    client: ClientInfo,
    manager: Parameters<AuditService['record']>[1],
  ): Promise<void> {
    return this.audit.record(
      { action, accountId: caller.id, success: true, ip: client.ip, userAgent: client.userAgent, details },
      manager,
    );
  }
}

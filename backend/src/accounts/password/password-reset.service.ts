import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { FieldValidationError } from '../../common/errors/domain-error';
import { MailService } from '../../mail/mail.service';
import { AccountStore } from '../account-store';
import { OneTimeCodeService, wrongCodeError } from '../codes/one-time-code.service';
import { SendLimiter } from '../codes/send-limiter';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-strength';
import { SessionService } from '../sessions/session.service';

export const RESET_REQUESTED = 'If an account uses this address, we have sent a code to reset the password.';

/** "Forgot password": a mailed code, then a new password that ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly codes: OneTimeCodeService,
    private readonly limiter: SendLimiter,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Mails a reset code to an active account; the same answer (and limits) for any address. */
  async forgot(email: string, client: ClientInfo): Promise<void> {
    await this.limiter.hit('password-reset', email);
    const mail = await this.dataSource.transaction(async (m) => {
      const account = await this.accounts.byEmail(email, m, true);
      if (account?.status !== 'active') return null;
      const code = await this.codes.issue(m, {
        accountId: account.id,
        purpose: 'password-reset',
        email: account.email,
      });
      return { to: account.email, locale: account.locale, code };
    });
    if (!mail) return;
    await this.mail.send({
      to: mail.to,
      template: 'password-reset-code',
      locale: mail.locale,
      data: { code: mail.code },
      correlationId: client.correlationId,
    });
  }

  /** Sets the new password, lifts a lockout, and signs the account out everywhere. */
  async reset(email: string, code: string, newPassword: string, client: ClientInfo): Promise<void> {
    const account = await this.dataSource.transaction(async (m) => {
      const found = await this.accounts.byEmail(email, m, true);
      if (found?.status !== 'active') throw wrongCodeError();
      if (!(await this.codes.consume(m, { accountId: found.id, purpose: 'password-reset' }, code)))
        throw wrongCodeError();
      // Checked only now, so the answer for an unknown address never differs; throwing rolls the code's use back.
      const problem = passwordProblem(newPassword, await this.accounts.personalFacts(found, m));
      if (problem) throw new FieldValidationError({ newPassword: [problem] });
      await m.query(
        `UPDATE account SET password_hash = $2, password_changed_at = now(), failed_login_count = 0,
                            locked_until = NULL WHERE id = $1`,
        [found.id, await this.hasher.hash(newPassword)],
      );
      const ended = await this.sessions.revoke({ accountId: found.id }, 'password-reset', m);
      await this.audit.record(
        {
          action: 'auth.password-reset',
          accountId: found.id,
          success: true,
          ip: client.ip,
          userAgent: client.userAgent,
          details: { sessionsEnded: ended },
        },
        m,
      );
      return found;
    });
    await this.mail.send({
      to: account.email,
      template: 'password-changed',
      locale: account.locale,
      data: {},
      correlationId: client.correlationId,
    });
  }
}

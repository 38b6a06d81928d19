import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { FieldValidationError } from '../../common/errors/domain-error';
import { MailService } from '../../mail/mail.service';
import { AccountStore } from '../account-store';
import { PasswordConfirmation } from '../passwords/password-confirmation';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-strength';
import { SessionService } from '../sessions/session.service';

/** A signed-in user changes their password; every other session ends, the owner is told by mail. */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly confirmation: PasswordConfirmation,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async change(
    caller: AuthenticatedAccount,
    current: string,
    next: string,
    client: ClientInfo,
  ): Promise<void> {
    const account = await this.confirmation.confirm(caller, current, 'currentPassword');
    if (next === current) {
      throw new FieldValidationError({ newPassword: ['The new password must differ from the current one'] });
    }
    const problem = passwordProblem(next, await this.accounts.personalFacts(account));
    if (problem) throw new FieldValidationError({ newPassword: [problem] });
    const hash = await this.hasher.hash(next);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE account SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [
        account.id,
        hash,
      ]);
      const ended = await this.sessions.revoke(
        { accountId: account.id, exceptFamilyId: caller.sessionId },
        'password-changed',
        m,
      );
      await this.audit.record(
        {
          action: 'auth.password-changed',
          accountId: account.id,
          success: true,
          ip: client.ip,
          userAgent: client.userAgent,
          details: { otherSessionsEnded: ended },
        },
        m,
      );
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

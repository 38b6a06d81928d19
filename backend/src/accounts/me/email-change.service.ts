import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { FieldValidationError } from '../../common/errors/domain-error';
import { MailService } from '../../mail/mail.service';
import { AccountStore } from '../account-store';
import { OneTimeCodeService, wrongCodeError } from '../codes/one-time-code.service';
import { SendLimiter } from '../codes/send-limiter';
import { PasswordConfirmation } from '../passwords/password-confirmation';

export const EMAIL_CHANGE_REQUESTED =
  'If the new address can be used, we have sent a confirmation code to it.';

/**
 * Changing the sign-in address: a code goes to the new address and must come back. A taken
 * address gets no code, and confirming then fails like a wrong code: the answer never says
 * the address has an account.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly confirmation: PasswordConfirmation,
    private readonly accounts: AccountStore,
    private readonly codes: OneTimeCodeService,
    private readonly limiter: SendLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async request(
    caller: AuthenticatedAccount,
    newEmail: string,
    password: string,
    client: ClientInfo,
  ): Promise<void> {
    const account = await this.confirmation.confirm(caller, password);
    if (newEmail === account.email) {
      throw new FieldValidationError({ newEmail: ['This is already your address'] });
    }
    await this.limiter.hit('email-change', account.id);
    const code = await this.dataSource.transaction(async (m) => {
      await m.query(
        `DELETE FROM one_time_code WHERE account_id = $1 AND purpose = 'email-change' AND consumed_at IS NULL`,
        [account.id],
      );
      if (await this.accounts.byEmail(newEmail, m)) return null;
      return this.codes.issue(m, { accountId: account.id, purpose: 'email-change', email: newEmail });
    });
    if (!code) return;
    await this.mail.send({
      to: newEmail,
      template: 'email-change-code',
      locale: account.locale,
      data: { code },
      correlationId: client.correlationId,
    });
  }

  async confirm(caller: AuthenticatedAccount, code: string, client: ClientInfo): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const account = await this.accounts.byId(caller.id, m, true);
      if (!account) throw wrongCodeError();
      const used = await this.codes.consume(m, { accountId: account.id, purpose: 'email-change' }, code);
      // Taken since the code was sent: the same answer as a wrong code (the use is rolled back).
      if (!used || (await this.accounts.byEmail(used.email, m))) throw wrongCodeError();
      await m.query(`UPDATE account SET email = $2, email_verified_at = now() WHERE id = $1`, [
        account.id,
        used.email,
      ]);
      await m.query(
        `UPDATE profile SET email = $2
          WHERE id IN (SELECT profile_id FROM profile_access WHERE account_id = $1 AND relation = 'self')`,
        [account.id, used.email],
      );
      await this.audit.record(
        {
          action: 'account.email-changed',
          accountId: account.id,
          success: true,
          ip: client.ip,
          userAgent: client.userAgent,
          details: { from: account.email, to: used.email },
        },
        m,
      );
    });
  }
}

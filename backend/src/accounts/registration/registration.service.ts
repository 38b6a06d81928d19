import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { MailRequest, MailService } from '../../mail/mail.service';
import type { Account, PendingProfile } from '../account.entity';
import { AccountStore } from '../account-store';
import { OneTimeCodeService, wrongCodeError } from '../codes/one-time-code.service';
import { SendLimiter } from '../codes/send-limiter';
import { PERSONAL_DATA_CONSENT_VERSION } from '../consent';
import type { RegisterDto } from '../dto/register.dto';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionService, SignedIn } from '../sessions/session.service';
import { SelfProfileFactory } from './self-profile.factory';

/** The one answer to register and resend, whoever the address belongs to. */
export const REGISTRATION_ACCEPTED =
  'If this address can be registered, we have sent a confirmation code to it.';

/**
 * Registration in two steps: `register` keeps a pending account and mails a code; `confirm`
 * activates it and creates the `self` profile. An address that already has an account gets
 * a notice instead of a code, and the caller cannot tell the difference.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly codes: OneTimeCodeService,
    private readonly limiter: SendLimiter,
    private readonly profiles: SelfProfileFactory,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterDto, client: ClientInfo): Promise<void> {
    await this.limiter.hit('registration', dto.email);
    const passwordHash = await this.hasher.hash(dto.password);
    const pending: PendingProfile = {
      lastName: dto.lastName,
      firstName: dto.firstName,
      middleName: dto.middleName ?? null,
      birthDate: dto.birthDate,
      sex: dto.sex,
      snils: dto.snils ?? null,
    };
    const mail = await this.dataSource.transaction(async (m): Promise<MailRequest> => {
      await m.query(
        `INSERT INTO account (email, password_hash, status, locale, phone, pending_profile, consent_version, consent_at)
         VALUES ($1, $2, 'pending', $3, $4, $5, $6, now())
         ON CONFLICT ((lower(email))) DO NOTHING`,
        [
          dto.email,
          passwordHash,
          dto.locale ?? 'ru',
          dto.phone ?? null,
          pending,
          PERSONAL_DATA_CONSENT_VERSION,
        ],
      );
      const account = await this.accounts.byEmail(dto.email, m, true);
      if (!account) throw new Error('The account row vanished inside its own transaction');
      if (account.status !== 'pending') {
        return { to: account.email, template: 'registration-attempt', locale: account.locale, data: {} };
      }
      // A new registration of an unconfirmed address replaces what the earlier one left.
      await m.query(
        `UPDATE account SET password_hash = $2, locale = $3, phone = $4, pending_profile = $5,
                            consent_version = $6, consent_at = now()
          WHERE id = $1`,
        [
          account.id,
          passwordHash,
          dto.locale ?? 'ru',
          dto.phone ?? null,
          pending,
          PERSONAL_DATA_CONSENT_VERSION,
        ],
      );
      return this.codeMail(m, account, pending.firstName, dto.locale ?? 'ru');
    });
    await this.mail.send({ ...mail, correlationId: client.correlationId });
  }

  /** Mails a new code to an address whose registration waits for one; the same answer for any address. */
  async resend(email: string, client: ClientInfo): Promise<void> {
    await this.limiter.hit('registration', email);
    const mail = await this.dataSource.transaction(async (m) => {
      const account = await this.accounts.byEmail(email, m, true);
      if (account?.status !== 'pending') return null;
      return this.codeMail(m, account, account.pendingProfile?.firstName ?? '', account.locale);
    });
    if (mail) await this.mail.send({ ...mail, correlationId: client.correlationId });
  }

  /** Activates the account, creates its `self` profile and signs it in. */
  async confirm(email: string, code: string, client: ClientInfo): Promise<SignedIn> {
    return this.dataSource.transaction(async (m) => {
      const account = await this.accounts.byEmail(email, m, true);
      if (account?.status !== 'pending' || !account.pendingProfile) throw wrongCodeError();
      if (!(await this.codes.consume(m, { accountId: account.id, purpose: 'registration' }, code))) {
        throw wrongCodeError();
      }
      await m.query(
        `UPDATE account SET status = 'active', email_verified_at = now(), pending_profile = NULL,
                            display_name = $2 WHERE id = $1`,
        [account.id, `${account.pendingProfile.lastName} ${account.pendingProfile.firstName}`],
      );
      const profileId = await this.profiles.create(m, account, account.pendingProfile);
      await this.audit.record(
        {
          action: 'account.registered',
          accountId: account.id,
          profileId,
          success: true,
          ip: client.ip,
          userAgent: client.userAgent,
          details: { consentVersion: account.consentVersion },
        },
        m,
      );
      return this.sessions.start({ id: account.id, role: account.role }, client, m);
    });
  }

  private async codeMail(
    m: EntityManager,
    account: Account,
    firstName: string,
    locale: 'ru' | 'en',
  ): Promise<MailRequest> {
    const code = await this.codes.issue(m, {
      accountId: account.id,
      purpose: 'registration',
      email: account.email,
    });
    return { to: account.email, template: 'registration-code', locale, data: { code, firstName } };
  }
}

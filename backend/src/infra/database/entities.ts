import { Account } from '../../accounts/account.entity';
import { OneTimeCode } from '../../accounts/one-time-code.entity';
import { ProfileAccess } from '../../accounts/profile-access.entity';
import { Profile } from '../../accounts/profile.entity';
import { RecoveryCode } from '../../accounts/recovery-code.entity';
import { RefreshSession } from '../../accounts/refresh-session.entity';
import { AuditEvent } from '../../audit/audit-event.entity';
import { ClinicHealthCheck } from '../../clinic-health/clinic-health-check.entity';
import { DevMail } from '../../mail/dev-mail.entity';
import { MailDelivery } from '../../mail/mail-delivery.entity';

/** Every entity, listed explicitly so bundled builds and the CLI see the same set. */
export const ENTITIES = [
  ClinicHealthCheck,
  Account,
  OneTimeCode,
  RefreshSession,
  RecoveryCode,
  Profile,
  ProfileAccess,
  MailDelivery,
  DevMail,
  AuditEvent,
];

import { ClinicHealth1764000000000 } from './migrations/1764000000000-ClinicHealth';
import { Accounts1764100000000 } from './migrations/1764100000000-Accounts';
import { MailAndAudit1764100001000 } from './migrations/1764100001000-MailAndAudit';

/** Every migration in order; each is a hand-reviewed class under `migrations/`. */
export const MIGRATIONS = [ClinicHealth1764000000000, Accounts1764100000000, MailAndAudit1764100001000];

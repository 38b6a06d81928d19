import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { Role } from '../../common/auth/role';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-strength';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../validation/email';
import { isPersonName, normalizeName } from '../validation/person-name';

export const CLINIC_ROLES: readonly Role[] = ['staff', 'doctor', 'admin'];

export const CREATE_ACCOUNT_USAGE =
  'create-account --role staff|doctor|admin --email E --password P [--last-name L --first-name F]';

/** A refusal the operator can act on; the CLI prints it and exits with status 1. */
export class CreateAccountError extends Error {}

export interface CreateAccountOptions {
  role: Role;
  email: string;
  password: string;
  lastName?: string;
  firstName?: string;
}

/** Reads `--name value` (or `--name=value`) pairs and checks them, with a message for each problem. */
export function parseCreateAccountArgs(args: string[]): CreateAccountOptions {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (!flag.startsWith('--'))
      throw new CreateAccountError(`Unexpected argument "${args[i]}". Usage: ${CREATE_ACCOUNT_USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined)
      throw new CreateAccountError(`${flag} needs a value. Usage: ${CREATE_ACCOUNT_USAGE}`);
    values[flag.slice(2)] = value;
  }
  const unknown = Object.keys(values).filter(
    (k) => !['role', 'email', 'password', 'last-name', 'first-name'].includes(k),
  );
  if (unknown.length)
    throw new CreateAccountError(`Unknown option(s): ${unknown.map((k) => `--${k}`).join(', ')}`);
  const problems: string[] = [];
  const role = values['role'] as Role;
  if (!CLINIC_ROLES.includes(role)) problems.push(`--role must be one of ${CLINIC_ROLES.join(', ')}`);
  const email = String(normalizeEmail(values['email'] ?? ''));
  if (!isEmail(email) || email.length > EMAIL_MAX_LENGTH)
    problems.push('--email must be a valid email address');
  const lastName = values['last-name'] === undefined ? undefined : String(normalizeName(values['last-name']));
  const firstName =
    values['first-name'] === undefined ? undefined : String(normalizeName(values['first-name']));
  for (const [flag, name] of [
    ['--last-name', lastName],
    ['--first-name', firstName],
  ] as const) {
    if (name !== undefined && !isPersonName(name))
      problems.push(`${flag} may contain only letters, spaces, hyphens and apostrophes`);
  }
  const password = values['password'] ?? '';
  if (!password) problems.push('--password is required');
  else {
    const problem = passwordProblem(password, { email, lastName, firstName });
    if (problem) problems.push(`--password: ${problem}`);
  }
  if (problems.length) throw new CreateAccountError(`${problems.join('\n')}\nUsage: ${CREATE_ACCOUNT_USAGE}`);
  return { role, email, password, lastName, firstName };
}

/**
 * Creates an active clinic account (staff, doctor, admin) that can sign in at once. Such
 * accounts have no patient profile; the names, when given, are shown to patients.
 */
export async function createAccount(ds: DataSource, options: CreateAccountOptions): Promise<{ id: string }> {
  const email = String(normalizeEmail(options.email));
  const passwordHash = await new PasswordHasher().hash(options.password);
  const displayName = [options.lastName, options.firstName].filter(Boolean).join(' ') || null;
  const [created] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO account (email, password_hash, role, status, display_name, email_verified_at)
     VALUES ($1, $2, $3, 'active', $4, now())
     ON CONFLICT ((lower(email))) DO NOTHING
     RETURNING id`,
    [email, passwordHash, options.role, displayName],
  );
  if (!created) throw new CreateAccountError(`An account with the email ${email} already exists.`);
  return created;
}

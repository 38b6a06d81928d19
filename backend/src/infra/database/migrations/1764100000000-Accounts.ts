import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and what signing in needs (one-time codes, refresh sessions, recovery codes), and
 * the people they act for (`profile`, `profile_access`, DESIGN §3). The invariants are
 * constraints: one account per email whatever its case, one live code per account and
 * purpose, one live token per session, one `self` profile per account, a clinic patient
 * linked to at most one profile.
 */
export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email               text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash       text NOT NULL,
        role                text NOT NULL DEFAULT 'patient' CHECK (role IN ('patient', 'staff', 'doctor', 'admin')),
        status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'disabled')),
        locale              text NOT NULL DEFAULT 'ru' CHECK (locale IN ('ru', 'en')),
        phone               text,
        display_name        text,
        pending_profile     jsonb,
        consent_version     text,
        consent_at          timestamptz,
        email_verified_at   timestamptz,
        failed_login_count  integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
        locked_until        timestamptz,
        two_factor_method   text CHECK (two_factor_method IN ('email', 'totp')),
        totp_secret         text,
        totp_pending_secret text,
        totp_last_step      bigint,
        password_changed_at timestamptz,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_totp_has_secret CHECK (two_factor_method IS DISTINCT FROM 'totp' OR totp_secret IS NOT NULL),
        CONSTRAINT account_patient_consented CHECK (role <> 'patient' OR consent_at IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX account_email_key ON account (lower(email))`);

    await q.query(`
      CREATE TABLE one_time_code (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        purpose     text NOT NULL CHECK (purpose IN ('registration', 'password-reset', 'email-change', 'login')),
        email       text NOT NULL,
        code_hash   text NOT NULL,
        salt        text NOT NULL,
        attempts    integer NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 5),
        expires_at  timestamptz NOT NULL,
        consumed_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_time_code_short_lived CHECK (expires_at <= created_at + interval '15 minutes')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_time_code_live ON one_time_code (account_id, purpose) WHERE consumed_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE refresh_session (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id    uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        family_id     uuid NOT NULL,
        token_hash    text NOT NULL UNIQUE,
        user_agent    text,
        ip            text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_used_at  timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        rotated_at    timestamptz,
        revoked_at    timestamptz,
        revoke_reason text CHECK (revoke_reason IN ('logout', 'revoked', 'revoked-all', 'password-changed', 'password-reset', 'reuse'))
      )`);
    await q.query(`CREATE INDEX refresh_session_family_idx ON refresh_session (family_id)`);
    await q.query(`CREATE INDEX refresh_session_account_idx ON refresh_session (account_id)`);
    await q.query(
      `CREATE UNIQUE INDEX refresh_session_one_live_token ON refresh_session (family_id) WHERE rotated_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE recovery_code (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        code_hash  text NOT NULL,
        used_at    timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, code_hash)
      )`);

    await q.query(`
      CREATE TABLE profile (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        last_name           text NOT NULL,
        first_name          text NOT NULL,
        middle_name         text,
        birth_date          date NOT NULL,
        sex                 text NOT NULL CHECK (sex IN ('male', 'female')),
        phone               text,
        email               text,
        snils               text CHECK (snils ~ '^[0-9]{11}$'),
        verification_status text NOT NULL DEFAULT 'unverified'
                            CHECK (verification_status IN ('unverified', 'pending', 'verified', 'failed')),
        verification_method text CHECK (verification_method IN ('auto', 'code')),
        clinic_patient_id   text UNIQUE,
        clinic_mrn          text,
        failure_reason      text,
        verified_at         timestamptz,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profile_verified_is_linked CHECK (verification_status <> 'verified' OR clinic_patient_id IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE profile_access (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        relation   text NOT NULL CHECK (relation IN ('self', 'child', 'parent', 'spouse', 'ward', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, profile_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX profile_access_one_self ON profile_access (account_id) WHERE relation = 'self'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX profile_access_self_once ON profile_access (profile_id) WHERE relation = 'self'`,
    );
    await q.query(`CREATE INDEX profile_access_profile_idx ON profile_access (profile_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE profile_access`);
    await q.query(`DROP TABLE profile`);
    await q.query(`DROP TABLE recovery_code`);
    await q.query(`DROP TABLE refresh_session`);
    await q.query(`DROP TABLE one_time_code`);
    await q.query(`DROP TABLE account`);
  }
}

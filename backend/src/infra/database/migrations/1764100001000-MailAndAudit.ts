import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail delivery records, the development outbox, and the audit trail.
 *
 * `audit_event.account_id` / `profile_id` deliberately have no foreign keys to `account` and
 * `profile`: the trail must survive the deletion of what it is about (and must never block that
 * deletion). The table is append-only; a trigger refuses updates. Deletes stay possible for the
 * operator's retention pruning (see the `AuditEvent` entity).
 */
export class MailAndAudit1764100001000 implements MigrationInterface {
  name = 'MailAndAudit1764100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_delivery (
        message_id     uuid PRIMARY KEY,
        recipient      text NOT NULL,
        template       text NOT NULL,
        status         text NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'sent')),
        attempts       integer NOT NULL DEFAULT 1 CHECK (attempts >= 0),
        claimed_until  timestamptz,
        last_error     text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        sent_at        timestamptz,
        CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX mail_delivery_created_at_idx ON mail_delivery (created_at)`);

    await q.query(`
      CREATE TABLE dev_mail (
        id          uuid PRIMARY KEY,
        "to"        text NOT NULL,
        subject     text NOT NULL,
        text        text NOT NULL,
        html        text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX dev_mail_to_idx ON dev_mail (lower("to"), created_at DESC)`);
    await q.query(`CREATE INDEX dev_mail_created_at_idx ON dev_mail (created_at DESC)`);

    await q.query(`
      CREATE TABLE audit_event (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        action      text NOT NULL CHECK (action <> ''),
        account_id  uuid,
        profile_id  uuid,
        success     boolean,
        ip          inet,
        user_agent  text,
        details     jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    // `id` after `at` makes the history's (at, id) keyset order an index scan.
    await q.query(`CREATE INDEX audit_event_account_idx ON audit_event (account_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_profile_idx ON audit_event (profile_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: rows cannot be updated';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE dev_mail`);
    await q.query(`DROP TABLE mail_delivery`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClinicHealth1764000000000 implements MigrationInterface {
  name = 'ClinicHealth1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clinic_health_check (
        id          bigserial PRIMARY KEY,
        checked_at  timestamptz NOT NULL DEFAULT now(),
        reachable   boolean NOT NULL,
        latency_ms  integer,
        fhir_version text,
        error       text
      )`);
    await q.query(`CREATE INDEX clinic_health_check_checked_at_idx ON clinic_health_check (checked_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE clinic_health_check`);
  }
}

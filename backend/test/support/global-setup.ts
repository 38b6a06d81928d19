/**
 * Once per `jest` run of the backend: a fresh database (migrations applied, so they are
 * tested too), a Redis key prefix of its own, and a demo clinic on a free port. Test files
 * read them from the environment set here.
 */
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { typeormOptions } from '../../src/infra/database/typeorm-options';
import { discoverServices, ensureDatabase } from '../../../tools/scripts/services';
import { startDemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';

export default async function globalSetup(): Promise<void> {
  const runId = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const services = await discoverServices();
  const databaseName = `portal_test_${runId}`;
  process.env.DATABASE_URL = await ensureDatabase(services.postgresServerUrl, databaseName);
  process.env.REDIS_URL = services.redisUrl;
  process.env.REDIS_PREFIX = `portal-test-${runId}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  process.env.TEST_POSTGRES_SERVER_URL = services.postgresServerUrl;
  process.env.TEST_DATABASE_NAME = databaseName;

  const ds = await new DataSource(typeormOptions(loadConfig())).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  const clinic = await startDemoClinicProcess({ patients: 30, seed: 7 });
  process.env.CLINIC_FHIR_URL = clinic.baseUrl;
  (globalThis as Record<string, unknown>).__testStack = { services, clinic };
}

import type { INestApplicationContext } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { loadConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { DatabaseModule } from '../../src/infra/database/database.module';
import { JobHandlerRegistry, JobRegistryError } from '../../src/infra/queue/job-handler.registry';
import { JobQueue } from '../../src/infra/queue/job-queue.service';
import { JobName, QueueName } from '../../src/infra/queue/jobs';
import { QueueModule } from '../../src/infra/queue/queue.module';
import { QUEUE_PROCESSORS } from '../../src/infra/queue/queue.processors';
import { WorkerModule } from '../../src/worker.module';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/database';
import { waitFor } from '../support/wait-for';

describe('worker process', () => {
  let isolated: IsolatedDatabase;
  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
  });
  afterAll(() => isolated.drop());
  beforeEach(() => isolated.dataSource.query('DELETE FROM clinic_health_check'));

  const startWorker = async (env: Record<string, string>): Promise<INestApplicationContext> => {
    const config = loadConfig({ ...process.env, DATABASE_URL: isolated.url, ...env });
    const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await app.init();
    return app;
  };
  const checks = () =>
    isolated.dataSource.query<Array<{ reachable: boolean; latency_ms: number | null; error: string | null }>>(
      'SELECT reachable, latency_ms, error FROM clinic_health_check ORDER BY id',
    );

  it('refuses to boot when a job has no handler', async () => {
    const config = loadConfig(process.env);
    const moduleRef = await Test.createTestingModule({
      // The registry and processors without the feature modules that hold the handlers.
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, DiscoveryModule],
      providers: [JobHandlerRegistry, ...QUEUE_PROCESSORS],
    }).compile();
    const booting = moduleRef.init();
    await expect(booting).rejects.toBeInstanceOf(JobRegistryError);
    await expect(booting).rejects.toThrow(`No handler for job(s): ${Object.values(JobName).join(', ')}`);
    // Nest's close() re-throws a failed boot before disposing anything; forget it to release connections.
    (moduleRef as unknown as { initializationPromise?: Promise<void> }).initializationPromise = undefined;
    await moduleRef.close();
  });

  it('records the clinic as reachable, with its latency, as soon as it starts', async () => {
    const prefix = `${process.env.REDIS_PREFIX}-w1`;
    const app = await startWorker({ REDIS_PREFIX: prefix });
    try {
      const [row] = await waitFor(async () => ((await checks()).length ? checks() : undefined));
      expect(row.reachable).toBe(true);
      expect(row.latency_ms).toBeGreaterThanOrEqual(0);
      expect(row.error).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('records the clinic as unreachable when it is down', async () => {
    const app = await startWorker({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-w2`,
      CLINIC_FHIR_URL: 'http://127.0.0.1:9/fhir/R4',
      CLINIC_RETRIES: '0',
      CLINIC_TIMEOUT_MS: '1000',
    });
    try {
      const [row] = await waitFor(async () => ((await checks()).length ? checks() : undefined));
      expect(row.reachable).toBe(false);
      expect(row.error).toBeTruthy();
    } finally {
      await app.close();
    }
  });

  it('waits for a running job on shutdown', async () => {
    const clinicAdmin = new URL('/__admin/faults', process.env.CLINIC_FHIR_URL!).toString();
    const app = await startWorker({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-w3`,
      CLINIC_HEALTH_INTERVAL_MS: '3600000',
    });
    try {
      await waitFor(async () => ((await checks()).length ? true : undefined));
      // The next health check will take 1.5 s at the clinic; close the worker while it runs.
      const fault = await fetch(clinicAdmin, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ delayMs: 1500, count: 1, path: 'metadata' }),
      });
      expect(fault.ok).toBe(true);
      const job = await app.get(JobQueue).add(JobName.ClinicHealthCheck, {});
      const queue = app.get(JobQueue).queue(QueueName.Clinic);
      await waitFor(async () => ((await queue.getJobState(job.id!)) === 'active' ? true : undefined));
    } finally {
      await app.close();
    }
    expect(await checks()).toHaveLength(2);
    await fetch(clinicAdmin, { method: 'DELETE' });
  });
});

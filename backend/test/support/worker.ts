import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../src/config/app-config';
import { WorkerModule } from '../../src/worker.module';

/**
 * Starts the real worker (BullMQ processors: mail, clinic checks) with the test run's
 * environment, so what the API enqueues is really processed — e.g. mails reach the outbox.
 * Give it the same `REDIS_PREFIX` and `DATABASE_URL` as the API it works for.
 */
export async function startWorker(env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const config = loadConfig({ ...process.env, SMTP_URL: '', ...env });
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
  await app.init();
  return app;
}

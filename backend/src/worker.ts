import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configOrExit } from './bootstrap';
import { WorkerModule } from './worker.module';

/**
 * The worker process: BullMQ processors, no HTTP. On SIGTERM/SIGINT Nest's shutdown hooks
 * close the BullMQ workers, which wait for the jobs they are running.
 */
async function main(): Promise<void> {
  const config = configOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write('Worker started\n');
}

main().catch((error) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});

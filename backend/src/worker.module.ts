import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ClinicHealthModule } from './clinic-health/clinic-health.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './infra/database/database.module';
import { LoggingModule } from './infra/http/logging.module';
import { MailWorkerModule } from './mail/mail-worker.module';
import { JobHandlerRegistry } from './infra/queue/job-handler.registry';
import { QUEUE_PROCESSORS } from './infra/queue/queue.processors';
import { QueueModule } from './infra/queue/queue.module';

/** Everything the worker process runs: BullMQ processors and their handlers, no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        DiscoveryModule,
        ClinicHealthModule,
        MailWorkerModule,
      ],
      providers: [JobHandlerRegistry, ...QUEUE_PROCESSORS],
    };
  }
}

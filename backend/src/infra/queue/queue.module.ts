import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { redisOptionsFromUrl } from '../redis/redis-options';
import { JobQueue } from './job-queue.service';
import { ALL_QUEUES } from './jobs';

/**
 * BullMQ on Redis for both processes: the API enqueues, the worker processes. Jobs are retried
 * with exponential backoff a bounded number of times; failed jobs are kept for inspection.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null },
        // The hash tag keeps every key of a queue in one Redis Cluster slot.
        prefix: `{${config.REDIS_PREFIX}}`,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: false,
        },
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueue],
  exports: [JobQueue, BullModule],
})
export class QueueModule {}

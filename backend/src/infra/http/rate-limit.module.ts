import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { redisOptionsFromUrl } from '../redis/redis-options';

/** The Redis-backed counter store, as a provider so Nest closes its connection on shutdown. */
@Module({
  providers: [
    {
      provide: ThrottlerStorageRedisService,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new ThrottlerStorageRedisService({
          ...redisOptionsFromUrl(config.REDIS_URL),
          keyPrefix: `${config.REDIS_PREFIX}:throttle:`,
          maxRetriesPerRequest: 2,
        }),
    },
  ],
  exports: [ThrottlerStorageRedisService],
})
class RateLimitStorageModule {}

/**
 * Rate limits kept in Redis, so they hold across API replicas. A generous global limit per
 * client address here; features set stricter ones on their routes with `@Throttle`.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [AppConfig, ThrottlerStorageRedisService],
      useFactory: (config: AppConfig, storage: ThrottlerStorageRedisService) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
        storage,
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}

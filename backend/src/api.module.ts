import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuditModule } from './audit/audit.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DevModule } from './dev/dev.module';
import { HealthModule } from './health/health.module';
import { DatabaseModule } from './infra/database/database.module';
import { LoggingModule } from './infra/http/logging.module';
import { RateLimitModule } from './infra/http/rate-limit.module';
import { QueueModule } from './infra/queue/queue.module';
import { RedisModule } from './infra/redis/redis.module';

/** Everything the API process runs: HTTP only, no job processing. */
@Module({})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueueModule,
        RateLimitModule,
        HealthModule,
        AuditModule,
        AccountsModule,
        // Development tools (the mail outbox) are not even registered in production.
        ...(config.isProduction ? [] : [DevModule]),
        ...(config.isProduction ? [] : [QueueDashboardModule]),
      ],
    };
  }
}

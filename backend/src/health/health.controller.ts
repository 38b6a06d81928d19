import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import Redis from 'ioredis';
import { ClinicHealthService } from '../clinic-health/clinic-health.service';
import { Public } from '../common/auth/public.decorator';
import { REDIS } from '../infra/redis/redis.module';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly clinic: ClinicHealthService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the API process answers' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and the clinic (as last checked by the worker)' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `error` names it' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 3000 }),
      () => this.redisCheck(),
      () => this.clinicCheck(),
    ]);
  }

  private async redisCheck() {
    const session = this.indicators.check('redis');
    const started = performance.now();
    try {
      await this.redis.ping();
      return session.up({ latencyMs: Math.round(performance.now() - started) });
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  private async clinicCheck() {
    const session = this.indicators.check('clinic');
    const { reachable, checkedAt, latencyMs, reason } = await this.clinic.status();
    const data = { checkedAt: checkedAt?.toISOString() ?? null, latencyMs };
    return reachable ? session.up(data) : session.down({ ...data, message: reason ?? 'unreachable' });
  }
}

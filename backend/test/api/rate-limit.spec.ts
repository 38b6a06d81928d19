import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiModule } from '../../src/api.module';
import { Public } from '../../src/common/auth/public.decorator';
import { AllExceptionsFilter } from '../../src/common/http/all-exceptions.filter';
import { loadConfig } from '../../src/config/app-config';

@Public()
@Controller('limited')
class LimitedController {
  @Get()
  get() {
    return { ok: true };
  }
}

describe('rate limits kept in Redis', () => {
  it('answers 429 past the limit, for every API replica alike', async () => {
    const config = loadConfig({
      ...process.env,
      RATE_LIMIT_PER_MINUTE: '3',
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-rl`,
    });
    const replicas = await Promise.all(
      [1, 2].map(async () => {
        const moduleRef = await Test.createTestingModule({
          imports: [ApiModule.register(config)],
          controllers: [LimitedController],
        }).compile();
        const app = moduleRef.createNestApplication({ logger: false });
        app.useGlobalFilters(new AllExceptionsFilter());
        await app.listen(0, '127.0.0.1');
        return app;
      }),
    );
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const app = replicas[i % 2];
        const { port } = app.getHttpServer().address() as { port: number };
        statuses.push((await fetch(`http://127.0.0.1:${port}/limited`)).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await Promise.all(replicas.map((app) => app.close()));
    }
  });
});

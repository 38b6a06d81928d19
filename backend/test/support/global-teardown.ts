import Redis from 'ioredis';
import { dropDatabase, type Services } from '../../../tools/scripts/services';
import type { DemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';

/** Drops the run's database and Redis keys and stops its demo clinic. */
export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as Record<string, unknown>).__testStack as
    { services: Services; clinic: DemoClinicProcess } | undefined;
  await stack?.clinic.stop();
  if (process.env.KEEP_TEST_DATABASE !== '1') {
    await dropDatabase(process.env.TEST_POSTGRES_SERVER_URL!, process.env.TEST_DATABASE_NAME!);
  }
  const redis = new Redis(process.env.REDIS_URL!);
  for (const pattern of [`{${process.env.REDIS_PREFIX}}*`, `${process.env.REDIS_PREFIX}:*`]) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  await redis.quit();
  await stack?.services.stop();
}

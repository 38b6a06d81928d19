/**
 * `npm test`: lint, type-check, unit and integration tests of every project (against real
 * PostgreSQL and Redis), the production builds, the API-contract drift check, and the browser
 * tests in Chromium against the whole portal started as `npm start` starts it.
 */
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { freePort, run } from './processes';
import { discoverServices, dropDatabase, ensureDatabase, MissingServiceError } from './services';
import { startStack } from './stack';

const nx = (...args: string[]) => run('npx', ['nx', ...args, '--output-style=stream']);

async function main(): Promise<void> {
  const started = Date.now();
  const services = await discoverServices();
  for (const note of services.notes) console.log(`• ${note}`);
  // Children find the same servers; each test run makes its own database and key prefix.
  process.env.DATABASE_URL = `${services.postgresServerUrl}/postgres`;
  process.env.REDIS_URL = services.redisUrl;
  try {
    run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
    nx('run-many', '-t', 'lint', 'typecheck');
    nx('run-many', '-t', 'test', '--parallel=1');
    nx('run-many', '-t', 'build', '-p', 'backend', 'frontend');
    run('npx', ['tsx', 'tools/scripts/generate-api.ts', '--check']);
    await browserTests(services.postgresServerUrl, services.redisUrl);
  } finally {
    await services.stop();
  }
  console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

async function browserTests(serverUrl: string, redisUrl: string): Promise<void> {
  const runId = `e2e${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const databaseName = `portal_${runId}`;
  const databaseUrl = await ensureDatabase(serverUrl, databaseName);
  const stack = await startStack({
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `portal-${runId}`,
      LOG_LEVEL: 'warn',
    },
    port: await freePort(),
    clinicPort: 0,
    clinicPatients: 30,
  });
  try {
    run('npx', ['nx', 'run', 'frontend:e2e', '--skip-nx-cache', '--output-style=stream'], {
      ...process.env,
      E2E_BASE_URL: stack.url,
    });
  } finally {
    await stack.stop();
    await dropDatabase(serverUrl, databaseName);
    const redis = new Redis(redisUrl);
    const keys = [...(await redis.keys(`{portal-${runId}}*`)), ...(await redis.keys(`portal-${runId}:*`))];
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

main().catch((error) => {
  console.error(
    error instanceof MissingServiceError
      ? `\n${error.message}`
      : `\n${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});

/**
 * `npm run bench -- auth`: sign-in latency (p50/p95) at N concurrent users, next to
 * `/api/health` under the same load, in one run against the whole portal as `npm start` runs it.
 * Sign-in is bound by argon2id on purpose; the ratio says how much it costs over the cheapest
 * route. Each request comes "from" its own address (X-Forwarded-For, trusted in this run only),
 * so the per-address sign-in limits measure nothing here but the work of signing in.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PASSWORD_HASH_OPTIONS } from '../../backend/src/accounts/passwords/password-hash-options';
import { freePort, run as runCommand } from '../scripts/processes';
import { discoverServices, dropDatabase, ensureDatabase, ROOT } from '../scripts/services';
import { startStack } from '../scripts/stack';

export const description = 'sign-in p50/p95 at 20 concurrent users vs /api/health under the same load';

const PASSWORD = 'Bench-Sinyaya-Lodka-2048';

interface Phase {
  name: string;
  requests: number;
  non2xx: number;
  p50: number;
  p95: number;
  perSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

let addressCounter = 0;
/** A distinct client address per request (10.x.y.z), so per-address limits never engage. */
const nextAddress = () => {
  const n = ++addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

async function measure(name: string, opts: autocannon.Options): Promise<Phase> {
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(opts, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on('response', (_client, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    non2xx,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: latencies.length / (result.duration || 1),
  };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { users: { type: 'string', default: '20' }, seconds: { type: 'string', default: '10' } },
  });
  const users = Number(values.users);
  const duration = Number(values.seconds);

  runCommand('npx', ['nx', 'run', 'backend:build', '--output-style=static']);
  const services = await discoverServices();
  const runId = `bench${randomBytes(3).toString('hex')}`;
  const databaseUrl = await ensureDatabase(services.postgresServerUrl, `portal_${runId}`);
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: `portal-${runId}`,
    TRUST_PROXY: 'true',
  };
  const stack = await startStack({ env, port: await freePort(), clinicPort: 0, clinicPatients: 20 });
  try {
    const emails = Array.from({ length: users }, (_, i) => `bench-${runId}-${i}@example.com`);
    for (const email of emails) {
      runCommand(
        process.execPath,
        [
          join(ROOT, 'dist', 'backend', 'cli.js'),
          'create-account',
          '--role',
          'staff',
          '--email',
          email,
          '--password',
          PASSWORD,
        ],
        env,
      );
    }
    let next = 0;
    const common = { url: stack.url, connections: users, duration };
    const health = () =>
      measure('GET /api/health', {
        ...common,
        requests: [
          {
            method: 'GET',
            path: '/api/health',
            setupRequest: (r) => ({ ...r, headers: { 'x-forwarded-for': nextAddress() } }),
          },
        ],
      });
    const signIn = () =>
      measure('POST /api/auth/login', {
        ...common,
        requests: [
          {
            method: 'POST',
            path: '/api/auth/login',
            setupRequest: (r) => ({
              ...r,
              headers: { 'content-type': 'application/json', 'x-forwarded-for': nextAddress() },
              body: JSON.stringify({ email: emails[next++ % emails.length], password: PASSWORD }),
            }),
          },
        ],
      });
    console.log(`\n${users} concurrent users, ${duration} s a phase, health → sign-in → health\n`);
    const phases = [await health(), await signIn(), await health()];
    for (const p of phases) {
      console.log(
        `${p.name.padEnd(22)} ${String(p.requests).padStart(6)} requests  ${p.perSecond.toFixed(1).padStart(8)}/s  ` +
          `p50 ${p.p50.toFixed(1).padStart(7)} ms  p95 ${p.p95.toFixed(1).padStart(7)} ms  non-2xx ${p.non2xx}`,
      );
    }
    const [h1, login, h2] = phases;
    const healthP50 = (h1.p50 + h2.p50) / 2;
    const healthP95 = (h1.p95 + h2.p95) / 2;
    console.log(
      `\nsign-in / health: p50 ×${(login.p50 / healthP50).toFixed(1)}, p95 ×${(login.p95 / healthP95).toFixed(1)}` +
        `\nargon2id: memoryCost ${PASSWORD_HASH_OPTIONS.memoryCost} KiB, timeCost ${PASSWORD_HASH_OPTIONS.timeCost}, ` +
        `parallelism ${PASSWORD_HASH_OPTIONS.parallelism}`,
    );
    if (login.non2xx)
      console.log(`WARNING: ${login.non2xx} sign-ins did not succeed; the latencies include them.`);
  } finally {
    await stack.stop();
    await dropDatabase(services.postgresServerUrl, `portal_${runId}`);
    await services.stop();
  }
}

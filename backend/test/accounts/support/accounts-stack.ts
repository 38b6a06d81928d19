import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../../src/infra/database/typeorm-options';
import { startApi, type RunningApi } from '../../support/api';
import { startWorker } from '../../support/worker';
import { Mailbox } from './mailbox';
import { TestClient } from './test-client';

export interface AccountsStack {
  api: RunningApi;
  worker: INestApplicationContext;
  mailbox: Mailbox;
  db: DataSource;
  redis: Redis;
  /** The Redis key prefix of this stack (rate limits, send limits). */
  prefix: string;
  client(userAgent?: string): TestClient;
  close(): Promise<void>;
}

/**
 * The API and a worker sharing the run's database, on a Redis prefix of their own (so no
 * other test's worker takes their mail jobs and rate limits do not mix), trusting
 * `X-Forwarded-For` so each {@link TestClient} is its own client address.
 */
export async function startAccountsStack(name: string): Promise<AccountsStack> {
  const prefix = `${process.env.REDIS_PREFIX}-${name}`;
  const env = { REDIS_PREFIX: prefix, TRUST_PROXY: 'true' };
  const [api, worker, db] = await Promise.all([
    startApi(env),
    startWorker(env),
    new DataSource(typeormOptions({ DATABASE_URL: process.env.DATABASE_URL! })).initialize(),
  ]);
  const redis = new Redis(process.env.REDIS_URL!);
  return {
    api,
    worker,
    db,
    redis,
    prefix,
    mailbox: new Mailbox(api.url),
    client: (userAgent) => new TestClient(api.url, userAgent),
    close: async () => {
      await api.close();
      await worker.close();
      await db.destroy();
      for (const pattern of [`{${prefix}}*`, `${prefix}:*`]) {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      }
      await redis.quit();
    },
  };
}

export const uniqueEmail = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@example.org`;

export const STRONG_PASSWORD = 'velvet-harbor-quietly-91';
export const OTHER_STRONG_PASSWORD = 'granite-meadow-lantern-37';

/** A valid registration for a fresh address. */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('patient'),
    password: STRONG_PASSWORD,
    lastName: 'Иванова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1985-03-15',
    sex: 'female',
    phone: '+7 912 345-67-89',
    snils: '123-456-789 64',
    consent: true,
    locale: 'en',
    ...overrides,
  };
}

/** Registers and confirms a patient through the API; the client comes back signed in. */
export async function signedUpPatient(stack: AccountsStack, overrides: Record<string, unknown> = {}) {
  const data = registration(overrides);
  const client = stack.client();
  const registered = await client.post('/api/auth/register', data);
  if (registered.status !== 202)
    throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const code = await stack.mailbox.code(data.email as string, /registration code/i);
  const confirmed = await client.post('/api/auth/register/confirm', { email: data.email, code });
  if (confirmed.status !== 200)
    throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  return { client, email: data.email as string, password: data.password as string, data };
}

import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../src/config/app-config';
import { WorkerModule } from '../../src/worker.module';
import { startApi, type RunningApi } from '../support/api';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/database';
import { waitFor } from '../support/wait-for';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** `GET /api/me/sign-ins` end to end: a real registration (code from the outbox), sign-ins, the history. */
describe('GET /api/me/sign-ins', () => {
  let isolated: IsolatedDatabase;
  let api: RunningApi;
  let worker: INestApplicationContext;
  const email = `history-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'Correct-Horse-Battery-42';
  let token: string;

  const post = (path: string, body: unknown, userAgent = CHROME_WINDOWS) =>
    fetch(api.url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify(body),
    });
  const history = (query = '', auth = `Bearer ${token}`) =>
    fetch(api.url(`/api/me/sign-ins${query}`), { headers: { authorization: auth } });

  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
    const env = {
      DATABASE_URL: isolated.url,
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-history`,
      SMTP_URL: '',
    };
    const config = loadConfig({ ...process.env, ...env });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await worker.init();
    api = await startApi(env);

    const registered = await post('/api/auth/register', {
      email,
      password,
      lastName: 'Иванова',
      firstName: 'Анна',
      birthDate: '1990-04-12',
      sex: 'female',
      consent: true,
      locale: 'en',
    });
    expect(registered.status).toBe(202);
    const code = await waitFor(async () => {
      const mails: Array<{ text: string }> = await (
        await fetch(api.url(`/api/dev/mail?to=${encodeURIComponent(email)}`))
      ).json();
      return /\b(\d{6})\b/.exec(mails[0]?.text ?? '')?.[1];
    });
    const confirmed = await post('/api/auth/register/confirm', { email, code });
    expect(confirmed.status).toBe(200);
    expect(
      (await post('/api/auth/login', { email, password: 'wrong-password-1' }, FIREFOX_LINUX)).status,
    ).toBe(401);
    const login = await post('/api/auth/login', { email, password });
    expect(login.status).toBe(200);
    token = (await login.json()).accessToken;
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await isolated?.drop();
  });

  it('lists the caller’s sign-ins, newest first, with device, place and the reason of failures', async () => {
    const res = await history('?limit=2');
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      success: true,
      ip: '127.0.0.1',
      device: 'Chrome, Windows',
      place: 'local network',
      reason: null,
    });
    expect(page.items[1]).toMatchObject({ success: false, device: 'Firefox, Linux', place: 'local network' });
    expect(page.items[1].reason).toEqual(expect.any(String));

    // Whatever the registration's confirmation recorded comes after, on later pages.
    const all: unknown[] = [...page.items];
    let cursor: string | null = page.nextCursor;
    while (cursor) {
      const next = await (await history(`?limit=2&cursor=${encodeURIComponent(cursor)}`)).json();
      all.push(...next.items);
      cursor = next.nextCursor;
    }
    const everything = await (await history('?limit=100')).json();
    expect(all).toEqual(everything.items);
    expect(everything.nextCursor).toBeNull();
  });

  it('is described in the OpenAPI document with typed items', async () => {
    const doc = await (await fetch(api.url('/api/docs-json'))).json();
    const get = doc.paths['/api/me/sign-ins'].get;
    expect(get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit']);
    expect(get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/SignInHistoryDto',
    );
    expect(Object.keys(doc.components.schemas.SignInEntryDto.properties).sort()).toEqual([
      'at',
      'device',
      'ip',
      'place',
      'reason',
      'success',
    ]);
    expect(
      doc.paths['/api/dev/mail'].get.responses['200'].content['application/json'].schema.items.$ref,
    ).toBe('#/components/schemas/DevMailDto');
  });

  it('refuses anonymous callers, a bad limit and a forged cursor', async () => {
    expect((await history('', '')).status).toBe(401);
    const badLimit = await history('?limit=0');
    expect(badLimit.status).toBe(400);
    expect(Object.keys((await badLimit.json()).fields)).toEqual(['limit']);
    const forged = await history('?cursor=forged');
    expect(forged.status).toBe(400);
    expect(Object.keys((await forged.json()).fields)).toEqual(['cursor']);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import { clientApp, preferredLocale } from './client-app';

describe('clientApp', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'client-'));
    for (const locale of ['ru', 'en']) {
      mkdirSync(join(dir, locale, 'media'), { recursive: true });
      writeFileSync(
        join(dir, locale, 'index.html'),
        `<html lang="${locale}"><app-root ngCspNonce="CSP_NONCE"></app-root></html>`,
      );
      writeFileSync(join(dir, locale, 'main-ABCD1234.js'), 'console.log(1)');
      writeFileSync(join(dir, locale, 'chunk-BBgnP0bN.js'), 'console.log(2)');
      writeFileSync(join(dir, locale, 'favicon.ico'), 'icon');
    }
    const app = express();
    app.use((_req, res, next) => {
      res.locals['cspNonce'] = 'n0nce';
      next();
    });
    app.use(clientApp(dir));
    await new Promise<void>((resolve) => (server = app.listen(0, '127.0.0.1', () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(base + path, { headers, redirect: 'manual' });

  it('redirects / to the locale of the cookie, else of Accept-Language, else Russian', async () => {
    expect((await get('/')).headers.get('location')).toBe('/ru/');
    expect((await get('/', { 'accept-language': 'en-US,en;q=0.9' })).headers.get('location')).toBe('/en/');
    expect((await get('/', { 'accept-language': 'en', cookie: 'lang=ru' })).headers.get('location')).toBe(
      '/ru/',
    );
  });

  it('serves client routes with the locale index.html carrying the nonce, never cached', async () => {
    const res = await get('/en/records/42');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe('<html lang="en"><app-root ngCspNonce="n0nce"></app-root></html>');
  });

  it('caches hashed files for a year and plain files not at all', async () => {
    expect((await get('/ru/main-ABCD1234.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/ru/chunk-BBgnP0bN.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/ru/favicon.ico')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file instead of the app', async () => {
    expect((await get('/ru/missing-ZZZZ9999.js')).status).toBe(404);
  });

  it('sends a path without a locale to the same path in the user locale', async () => {
    expect((await get('/records', { cookie: 'lang=en' })).headers.get('location')).toBe('/en/records');
  });

  it('leaves /api alone', async () => {
    expect((await get('/api/health')).status).toBe(404);
  });
});

describe('preferredLocale', () => {
  it('weighs Accept-Language by q', () => {
    expect(preferredLocale({ headers: { 'accept-language': 'de, en;q=0.5, ru;q=0.8' } }, ['ru', 'en'])).toBe(
      'ru',
    );
  });
});

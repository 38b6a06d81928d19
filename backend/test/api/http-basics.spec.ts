import { startApi, type RunningApi } from '../support/api';

describe('API basics: health, errors, security headers, OpenAPI', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers liveness', async () => {
    const res = await fetch(api.url('/api/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown API paths with the error shape and a correlation id', async () => {
    const res = await fetch(api.url('/api/no-such-thing'), { headers: { 'X-Request-Id': 'req-12345678' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('req-12345678');
    expect(await res.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/no-such-thing',
      correlationId: 'req-12345678',
    });
  });

  it('makes its own correlation id when the given one is malformed', async () => {
    const res = await fetch(api.url('/api/health'), {
      headers: { 'X-Request-Id': 'not a valid id; <script>' },
    });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a strict CSP with a fresh style nonce and the other security headers', async () => {
    const [a, b] = await Promise.all([fetch(api.url('/api/health')), fetch(api.url('/api/health'))]);
    const csp = a.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(b.headers.get('content-security-policy')).not.toContain(nonce);
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('referrer-policy')).toBe('no-referrer');
    expect(a.headers.get('x-powered-by')).toBeNull();
    expect(a.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await (await fetch(api.url('/api/docs-json'))).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/ready']));
    const ui = await fetch(api.url('/api/docs'));
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });

  it('mounts the queue dashboard outside production', async () => {
    const res = await fetch(api.url('/api/admin/queues'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });
});

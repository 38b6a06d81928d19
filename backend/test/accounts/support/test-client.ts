import { randomInt } from 'node:crypto';

/** Response bodies are asserted field by field; typing each one would add nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface TestResponse<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One simulated browser: its own client address (sent as `X-Forwarded-For`; the test API
 * trusts it, so per-address rate limits apply per client), its refresh cookie, and its
 * access token.
 */
export class TestClient {
  readonly ip = `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  refreshToken?: string;
  accessToken?: string;

  constructor(
    private readonly base: (path: string) => string,
    readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) TestClient/1.0',
  ) {}

  get<T = Json>(path: string, init: RequestOptions = {}) {
    return this.request<T>('GET', path, undefined, init);
  }
  post<T = Json>(path: string, body?: unknown, init: RequestOptions = {}) {
    return this.request<T>('POST', path, body, init);
  }
  patch<T = Json>(path: string, body?: unknown, init: RequestOptions = {}) {
    return this.request<T>('PATCH', path, body, init);
  }
  delete<T = Json>(path: string, body?: unknown, init: RequestOptions = {}) {
    return this.request<T>('DELETE', path, body, init);
  }

  async request<T>(
    method: string,
    path: string,
    body: unknown,
    init: RequestOptions,
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip, 'user-agent': this.userAgent };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = init.token === undefined ? this.accessToken : init.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const cookie = init.refreshToken === undefined ? this.refreshToken : init.refreshToken;
    if (cookie && path.startsWith('/api/auth')) headers.cookie = `refresh_token=${cookie}`;
    const res = await fetch(this.base(path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.keepCookie(res.headers);
    const text = await res.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (res.ok && typeof parsed?.accessToken === 'string') this.accessToken = parsed.accessToken;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  private keepCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const match = /^refresh_token=([^;]*)/.exec(line);
      if (match) this.refreshToken = match[1] || undefined;
    }
  }
}

export interface RequestOptions {
  /** Access token to send instead of the client's own (`null`: none). */
  token?: string | null;
  /** Refresh cookie to send instead of the client's own (`null`: none). */
  refreshToken?: string | null;
}

import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../../config/app-config';

export const REFRESH_COOKIE = 'refresh_token';

/** Only the auth routes receive the refresh token; nothing else can leak it. */
const PATH = '/api/auth';

/**
 * httpOnly, SameSite=Strict, Path=/api/auth, and Secure — browsers accept Secure cookies on
 * `http://localhost` and `127.0.0.1` too, so only a development portal opened over plain HTTP
 * at another host (a LAN address) gets the cookie without Secure, or it would never be stored.
 */
export function refreshCookieOptions(config: AppConfig, maxAgeMs?: number): CookieOptions {
  const url = new URL(config.PUBLIC_URL);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  const secure = config.isProduction || url.protocol === 'https:' || local;
  return {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: PATH,
    ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
  };
}

export function setRefreshCookie(res: Response, config: AppConfig, token: string): void {
  res.cookie(REFRESH_COOKIE, token, refreshCookieOptions(config, config.REFRESH_TOKEN_TTL_DAYS * 86_400_000));
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, refreshCookieOptions(config));
}

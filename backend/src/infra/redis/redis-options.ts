import type { RedisOptions } from 'ioredis';

/**
 * Turns `REDIS_URL` (`redis://[user:password@]host[:port][/db]`, `rediss://` for TLS) into
 * ioredis options, so BullMQ can open and close its own connections from them.
 */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

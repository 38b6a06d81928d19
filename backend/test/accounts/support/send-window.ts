import type Redis from 'ioredis';
import { sendLimitKey, type SendKind } from '../../../src/accounts/codes/send-limiter';

/** Moves every recorded send of an address back in time, as if `seconds` had passed. */
export async function ageSends(
  redis: Redis,
  prefix: string,
  kind: SendKind,
  subject: string,
  seconds: number,
) {
  const key = sendLimitKey(prefix, kind, subject);
  const entries = await redis.zrange(key, 0, -1, 'WITHSCORES');
  for (let i = 0; i < entries.length; i += 2) {
    await redis.zadd(key, Number(entries[i + 1]) - seconds * 1000, entries[i]);
  }
  return entries.length / 2;
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimitedError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { REDIS } from '../../infra/redis/redis.module';

/** A new code may be mailed 60 s after the last one, and at most 5 times an hour. */
export const SEND_COOLDOWN_SECONDS = 60;
export const SENDS_PER_HOUR = 5;

export type SendKind = 'registration' | 'password-reset' | 'email-change' | 'login';

// Sliding window in a sorted set of send times. Returns 0 and records the send, or the ms to wait.
const SCRIPT = `
local now = tonumber(ARGV[1])
local cooldown = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local last = redis.call('ZREVRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if last[2] and now - tonumber(last[2]) < cooldown then return cooldown - (now - tonumber(last[2])) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(first[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window)
return 0`;

/** The Redis key of one address's (or account's) sends of one kind; tests age it to skip waiting. */
export function sendLimitKey(prefix: string, kind: SendKind, subject: string): string {
  const digest = createHash('sha256').update(subject.toLowerCase()).digest('hex').slice(0, 32);
  return `${prefix}:accounts:sends:${kind}:${digest}`;
}

/**
 * Limits how often codes are mailed, per address (or account) in Redis so it holds across API
 * replicas. The limit applies whether or not the address belongs to an account, so a 429
 * says nothing about who is registered.
 */
@Injectable()
export class SendLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Records a send, or throws {@link RateLimitedError} with the seconds to wait. */
  async hit(kind: SendKind, subject: string): Promise<void> {
    const now = Date.now();
    const waitMs = Number(
      await this.redis.eval(
        SCRIPT,
        1,
        sendLimitKey(this.config.REDIS_PREFIX, kind, subject),
        now,
        SEND_COOLDOWN_SECONDS * 1000,
        3600_000,
        SENDS_PER_HOUR,
        `${now}-${Math.random().toString(36).slice(2)}`,
      ),
    );
    if (waitMs > 0) {
      throw new RateLimitedError(
        'A code was sent recently. Please wait before asking for another one.',
        Math.ceil(waitMs / 1000),
      );
    }
  }
}

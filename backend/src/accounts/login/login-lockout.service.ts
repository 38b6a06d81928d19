import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import { UnauthenticatedError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { REDIS } from '../../infra/redis/redis.module';
import { MailService } from '../../mail/mail.service';
import type { Account } from '../account.entity';

export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

/** 401 like a wrong password, with words that say what to do. */
export const lockedError = () =>
  new UnauthenticatedError(
    `Too many failed sign-in attempts: sign-in is blocked for ${LOCK_MINUTES} minutes. Try again later or reset your password.`,
  );

/**
 * Ten failed sign-ins in a row lock an account for 15 minutes and tell its owner by mail.
 * Addresses without an account are counted the same way (in Redis), so the lock message
 * does not reveal which addresses are registered.
 */
@Injectable()
export class LoginLockout {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  isLocked(account: Pick<Account, 'lockedUntil'>): boolean {
    return !!account.lockedUntil && account.lockedUntil.getTime() > Date.now();
  }

  /** Counts a failure; on the tenth the account locks, the owner is mailed, and the lock error is thrown. */
  async recordFailure(account: Account, client: ClientInfo): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ locked: boolean }>>(
      `WITH f AS (
         UPDATE account SET
           failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
          RETURNING locked_until > now() AS locked)
       SELECT * FROM f`,
      [account.id, LOCK_AFTER_FAILURES, LOCK_MINUTES],
    );
    if (!row?.locked) return;
    await this.audit.record({
      action: 'auth.locked',
      accountId: account.id,
      success: false,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { minutes: LOCK_MINUTES, failures: LOCK_AFTER_FAILURES },
    });
    await this.mail.send({
      to: account.email,
      template: 'account-locked',
      locale: account.locale,
      data: { minutes: LOCK_MINUTES },
      correlationId: client.correlationId,
    });
    throw lockedError();
  }

  /** A successful sign-in (or a password reset) clears the count and any lock. */
  async clear(accountId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE account SET failed_login_count = 0, locked_until = NULL
        WHERE id = $1 AND (failed_login_count > 0 OR locked_until IS NOT NULL)`,
      [accountId],
    );
  }

  /** The same count for an address that has no account; throws the lock error like a real lock. */
  async recordUnknownFailure(email: string): Promise<void> {
    const key = this.unknownKey(email);
    if (await this.redis.exists(`${key}:locked`)) throw lockedError();
    const failures = await this.redis.incr(key);
    await this.redis.expire(key, 24 * 3600);
    if (failures >= LOCK_AFTER_FAILURES) {
      await this.redis
        .multi()
        .del(key)
        .set(`${key}:locked`, '1', 'EX', LOCK_MINUTES * 60)
        .exec();
      throw lockedError();
    }
  }

  private unknownKey(email: string): string {
    const digest = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
    return `${this.config.REDIS_PREFIX}:accounts:unknown-login:${digest}`;
  }
}

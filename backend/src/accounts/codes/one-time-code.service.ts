import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FieldValidationError } from '../../common/errors/domain-error';
import { CodeHasher } from '../crypto/code-hasher';
import type { CodePurpose } from '../one-time-code.entity';

export const CODE_TTL_MINUTES = 15;
export const CODE_MAX_ATTEMPTS = 5;

/** The one answer to any wrong, expired, used or unknown code: it must not tell them apart. */
export const wrongCodeError = () =>
  new FieldValidationError({ code: ['The code is wrong or has expired. Ask for a new one.'] });

interface CodeTarget {
  accountId: string;
  purpose: CodePurpose;
}

/**
 * Mailed 6-digit codes: one live code per account and purpose, kept only as a keyed hash,
 * valid {@link CODE_TTL_MINUTES} minutes, dead after {@link CODE_MAX_ATTEMPTS} tries, used once.
 */
@Injectable()
export class OneTimeCodeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: CodeHasher,
  ) {}

  /** Replaces the account's live code for this purpose with a new one and returns it (to be mailed). */
  async issue(manager: EntityManager, target: CodeTarget & { email: string }): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const salt = this.hasher.newSalt();
    await manager.query(
      `DELETE FROM one_time_code WHERE account_id = $1 AND purpose = $2 AND consumed_at IS NULL`,
      [target.accountId, target.purpose],
    );
    await manager.query(
      `INSERT INTO one_time_code (account_id, purpose, email, code_hash, salt, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
      [
        target.accountId,
        target.purpose,
        target.email,
        this.hasher.hash(code, salt, context(target)),
        salt,
        CODE_TTL_MINUTES,
      ],
    );
    return code;
  }

  /**
   * Uses the live code when `code` matches it; returns the address it was sent to, or `null`.
   * The try is counted first, in its own committed statement, so parallel guesses cannot
   * exceed the limit and a failing caller's rollback cannot undo the count. The use itself
   * happens in the caller's transaction, so it stands only if what the code allows is done.
   */
  async consume(manager: EntityManager, target: CodeTarget, code: string): Promise<{ email: string } | null> {
    const [live] = await this.dataSource.query<
      Array<{ id: string; code_hash: string; salt: string; email: string }>
    >(
      `WITH tried AS (
         UPDATE one_time_code SET attempts = attempts + 1
          WHERE account_id = $1 AND purpose = $2 AND consumed_at IS NULL
            AND expires_at > now() AND attempts < $3
          RETURNING id, code_hash, salt, email)
       SELECT * FROM tried`,
      [target.accountId, target.purpose, CODE_MAX_ATTEMPTS],
    );
    if (!live || !this.hasher.matches(code, live.salt, context(target), live.code_hash)) return null;
    const [used] = await manager.query<Array<{ id: string }>>(
      `WITH used AS (
         UPDATE one_time_code SET consumed_at = now()
          WHERE id = $1 AND consumed_at IS NULL AND expires_at > now()
          RETURNING id)
       SELECT * FROM used`,
      [live.id],
    );
    return used ? { email: live.email } : null;
  }
}

const context = (target: CodeTarget) => `${target.purpose}:${target.accountId}`;

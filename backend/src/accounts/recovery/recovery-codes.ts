import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CodeHasher } from '../crypto/code-hasher';

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32 (no i, l, o, u): 10 symbols = 50 bits a code. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const RECOVERY_FORMAT = /^[a-z0-9]{5}-?[a-z0-9]{5}$/;

/** Whether a typed code looks like a recovery code (`k7m2q-9xw4t`) rather than a 6-digit one. */
export const isRecoveryCodeFormat = (code: string) => RECOVERY_FORMAT.test(code);

/** Codes get copied from paper: the letters people confuse with digits are read as those digits. */
const canonical = (code: string) =>
  code
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');

/**
 * Single-use recovery codes for two-step sign-in, stored as keyed hashes (the salt is the
 * account, so a typed code is found by its hash without trying each row).
 */
@Injectable()
export class RecoveryCodes {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: CodeHasher,
  ) {}

  /** Replaces the account's codes with ten new ones and returns them, to be shown once. */
  async replace(manager: EntityManager, accountId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await manager.query(`DELETE FROM recovery_code WHERE account_id = $1`, [accountId]);
    for (const code of codes) {
      await manager.query(
        `INSERT INTO recovery_code (account_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [accountId, this.hash(accountId, code)],
      );
    }
    return codes;
  }

  /** Uses a recovery code once; `false` when it is unknown or already used. */
  async consume(
    accountId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (!isRecoveryCodeFormat(code)) return false;
    const [used] = await manager.query<Array<{ id: string }>>(
      `WITH u AS (UPDATE recovery_code SET used_at = now()
                   WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id)
       SELECT * FROM u`,
      [accountId, this.hash(accountId, code)],
    );
    return !!used;
  }

  async removeAll(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query(`DELETE FROM recovery_code WHERE account_id = $1`, [accountId]);
  }

  private hash(accountId: string, code: string): string {
    return this.hasher.hash(canonical(code), accountId, 'recovery-code');
  }
}

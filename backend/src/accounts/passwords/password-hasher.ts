import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PASSWORD_HASH_OPTIONS } from './password-hash-options';

/** Unicode-normalised so the same password typed on another keyboard or OS still matches. */
const normalize = (password: string) => password.normalize('NFC');

/** Hashes and verifies passwords with argon2id ({@link PASSWORD_HASH_OPTIONS}). */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(normalize(password), PASSWORD_HASH_OPTIONS);
  }

  /** Whether the password matches; `rehash` when the stored hash used weaker parameters. */
  async verify(hash: string, password: string): Promise<{ ok: boolean; rehash: boolean }> {
    const ok = await argon2.verify(hash, normalize(password)).catch(() => false);
    return { ok, rehash: ok && argon2.needsRehash(hash, PASSWORD_HASH_OPTIONS) };
  }

  /**
   * Spends the time of a real verification for an account that does not exist, so the
   * answer time does not tell whether an email is registered.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= argon2.hash(randomBytes(16).toString('hex'), PASSWORD_HASH_OPTIONS);
    await argon2.verify(await this.dummyHash, normalize(password)).catch(() => false);
    return false;
  }
}

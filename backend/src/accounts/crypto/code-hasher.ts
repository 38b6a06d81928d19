import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SecretKeys } from './secret-keys';

/**
 * Keyed hashes of short codes. A 6-digit code has only a million values, so a plain or slow
 * hash could be reversed by trying them all; an HMAC with a server-side key cannot be without
 * the key. A per-code salt and a context (account, purpose) keep two equal codes apart.
 */
@Injectable()
export class CodeHasher {
  constructor(private readonly keys: SecretKeys) {}

  newSalt(): string {
    return randomBytes(16).toString('base64url');
  }

  hash(code: string, salt: string, context: string): string {
    return createHmac('sha256', this.keys.codeHashKey)
      .update(`${context}\u0000${salt}\u0000${code}`)
      .digest('base64url');
  }

  /** Constant-time comparison of a code with a stored hash. */
  matches(code: string, salt: string, context: string, storedHash: string): boolean {
    const expected = Buffer.from(storedHash, 'base64url');
    const actual = Buffer.from(this.hash(code, salt, context), 'base64url');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

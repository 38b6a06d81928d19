import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SecretKeys } from './secret-keys';

const VERSION = 'v1';

/**
 * AES-256-GCM for small secrets kept in the database (authenticator secrets): a fresh
 * 96-bit nonce per value, the tag checked on opening, and the row's purpose bound in as
 * associated data so a ciphertext cannot be moved to another column or account.
 * Format: `v1.<nonce>.<ciphertext>.<tag>` (base64url).
 */
@Injectable()
export class SecretBox {
  constructor(private readonly keys: SecretKeys) {}

  seal(plaintext: string, context: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.encryptionKey, nonce);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, nonce, body, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The plaintext; throws when the value was altered, sealed for another context or with another key. */
  open(sealed: string, context: string): string {
    const [version, nonce, body, tag] = sealed.split('.');
    if (version !== VERSION || !nonce || body === undefined || !tag)
      throw new Error('Unknown sealed value format');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.keys.encryptionKey,
      Buffer.from(nonce, 'base64url'),
    );
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }
}

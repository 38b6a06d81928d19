import { hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

const derive = (secret: string, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, 'clinic-portal/accounts', info, 32));

/**
 * Keys derived once from the configured secrets, one per use, so a key leaked from one
 * use says nothing about another: codes are hashed with a key from `JWT_SECRET`; data at
 * rest is encrypted with a key from `DATA_ENCRYPTION_KEY` (or `JWT_SECRET` when that is unset).
 */
@Injectable()
export class SecretKeys {
  /** HMAC-SHA256 key for one-time and recovery codes. */
  readonly codeHashKey: Buffer;
  /** AES-256-GCM key for secrets kept in the database. */
  readonly encryptionKey: Buffer;

  constructor(config: AppConfig) {
    this.codeHashKey = derive(config.JWT_SECRET, 'code-hash');
    this.encryptionKey = derive(config.DATA_ENCRYPTION_KEY ?? config.JWT_SECRET, 'data-encryption');
  }
}

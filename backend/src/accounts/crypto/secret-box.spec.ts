import type { AppConfig } from '../../config/app-config';
import { CodeHasher } from './code-hasher';
import { SecretBox } from './secret-box';
import { SecretKeys } from './secret-keys';

const keys = (env: Partial<AppConfig>) => new SecretKeys({ JWT_SECRET: 'j'.repeat(40), ...env } as AppConfig);

describe('SecretBox', () => {
  const box = new SecretBox(keys({}));

  it('seals and opens, with a fresh nonce each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP', 'totp:1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'totp:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(a, 'totp:1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another context, an altered value and another key', () => {
    const sealed = box.seal('secret', 'totp:1');
    expect(() => box.open(sealed, 'totp:2')).toThrow();
    const [v, nonce, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, nonce, flipped.toString('base64url'), tag].join('.'), 'totp:1')).toThrow();
    expect(() =>
      new SecretBox(keys({ DATA_ENCRYPTION_KEY: 'd'.repeat(40) })).open(sealed, 'totp:1'),
    ).toThrow();
  });

  it('derives separate keys per use', () => {
    const k = keys({});
    expect(k.codeHashKey.equals(k.encryptionKey)).toBe(false);
  });
});

describe('CodeHasher', () => {
  const hasher = new CodeHasher(keys({}));

  it('matches only the same code in the same context', () => {
    const salt = hasher.newSalt();
    const hash = hasher.hash('123456', salt, 'registration:a');
    expect(hasher.matches('123456', salt, 'registration:a', hash)).toBe(true);
    expect(hasher.matches('123457', salt, 'registration:a', hash)).toBe(false);
    expect(hasher.matches('123456', salt, 'password-reset:a', hash)).toBe(false);
    expect(hasher.matches('123456', hasher.newSalt(), 'registration:a', hash)).toBe(false);
    expect(hasher.matches('123456', salt, 'registration:a', 'short')).toBe(false);
  });
});

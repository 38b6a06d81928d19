import { generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClinicRequestError } from './clinic-errors';
import { createClientAssertion, loadSigningKey } from './smart-client-assertion';

function decode(jwt: string) {
  const [header, payload, signature] = jwt.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString()),
    input: Buffer.from(`${header}.${payload}`),
    signature: Buffer.from(signature, 'base64url'),
  };
}

const tokenUrl = 'http://127.0.0.1:9000/auth/token';
const now = Date.parse('2025-01-01T00:00:00Z');

describe('SMART client assertion', () => {
  it('signs RS384 with an RSA key and the claims SMART requires', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signing = loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 'key-1');
    const jwt = decode(createClientAssertion(signing, 'portal', tokenUrl, now));
    expect(jwt.header).toEqual({ alg: 'RS384', typ: 'JWT', kid: 'key-1' });
    expect(jwt.payload).toMatchObject({ iss: 'portal', sub: 'portal', aud: tokenUrl, exp: now / 1000 + 240 });
    expect(jwt.payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(verify('sha384', jwt.input, publicKey, jwt.signature)).toBe(true);
  });

  it('signs ES384 with a P-384 key as a raw r‖s signature', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const signing = loadSigningKey(privateKey.export({ type: 'sec1', format: 'pem' }) as string);
    const jwt = decode(createClientAssertion(signing, 'portal', tokenUrl, now));
    expect(jwt.header).toEqual({ alg: 'ES384', typ: 'JWT' });
    expect(jwt.signature).toHaveLength(96);
    expect(verify('sha384', jwt.input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, jwt.signature)).toBe(
      true,
    );
  });

  it('gives every assertion its own jti', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const signing = loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    const a = decode(createClientAssertion(signing, 'portal', tokenUrl, now)).payload.jti;
    const b = decode(createClientAssertion(signing, 'portal', tokenUrl, now)).payload.jti;
    expect(a).not.toBe(b);
  });

  it('reads the key from a file, and a PEM with literal \\n from an env file', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const file = join(mkdtempSync(join(tmpdir(), 'smart-')), 'key.pem');
    writeFileSync(file, pem);
    expect(loadSigningKey(file).alg).toBe('ES384');
    expect(loadSigningKey(pem.replace(/\n/g, '\\n')).alg).toBe('ES384');
  });

  it('refuses other curves, missing files and garbage', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)).toThrow(
      ClinicRequestError,
    );
    expect(() => loadSigningKey('/nonexistent/key.pem')).toThrow(ClinicRequestError);
    expect(() => loadSigningKey('-----BEGIN PRIVATE KEY-----\nxx\n-----END PRIVATE KEY-----')).toThrow(
      ClinicRequestError,
    );
  });
});

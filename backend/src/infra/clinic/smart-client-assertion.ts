import { createPrivateKey, KeyObject, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ClinicRequestError } from './clinic-errors';

/*
 * The signed JWT a SMART backend service presents instead of a client secret (RFC 7523,
 * SMART App Launch "Backend Services"). Built with node:crypto: RS384 for RSA keys, ES384 for
 * P-384 EC keys — the two algorithms SMART servers must support.
 */

export type SmartAlgorithm = 'RS384' | 'ES384';

export interface SmartSigningKey {
  key: KeyObject;
  alg: SmartAlgorithm;
  /** `kid` of the public key registered with the clinic's authorization server (JWKS). */
  kid?: string;
}

/** Assertions live at most 5 minutes (SMART); a little less leaves room for clock skew. */
const ASSERTION_LIFETIME_S = 240;

/**
 * Loads `CLINIC_SMART_PRIVATE_KEY`: the PEM itself or a path to a file holding it (PKCS#8,
 * PKCS#1 or SEC1). The algorithm follows from the key type.
 */
export function loadSigningKey(pemOrPath: string, kid?: string): SmartSigningKey {
  let pem = pemOrPath;
  if (!pemOrPath.includes('-----BEGIN')) {
    try {
      pem = readFileSync(pemOrPath, 'utf8');
    } catch (cause) {
      throw new ClinicRequestError(
        'CLINIC_SMART_PRIVATE_KEY is neither a PEM key nor a readable file',
        undefined,
        { cause },
      );
    }
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, '\n')); // keys pasted into .env often carry literal \n
  } catch (cause) {
    throw new ClinicRequestError('CLINIC_SMART_PRIVATE_KEY is not a valid private key', undefined, { cause });
  }
  if (key.asymmetricKeyType === 'rsa') return { key, alg: 'RS384', kid };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'secp384r1')
    return { key, alg: 'ES384', kid };
  throw new ClinicRequestError(
    'CLINIC_SMART_PRIVATE_KEY must be an RSA key (RS384) or a P-384 EC key (ES384)',
  );
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * A `client_assertion` JWT: `iss` = `sub` = client id, `aud` = token URL, a fresh `jti`, and an
 * `exp` four minutes ahead.
 */
export function createClientAssertion(
  signing: SmartSigningKey,
  clientId: string,
  tokenUrl: string,
  nowMs: number = Date.now(),
): string {
  const header = { alg: signing.alg, typ: 'JWT', ...(signing.kid ? { kid: signing.kid } : {}) };
  const payload = {
    iss: clientId,
    sub: clientId,
    aud: tokenUrl,
    exp: Math.floor(nowMs / 1000) + ASSERTION_LIFETIME_S,
    jti: randomUUID(),
  };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  // JWS wants ECDSA signatures as raw r‖s (IEEE P1363), not DER as node:crypto gives by default.
  const signature =
    signing.alg === 'ES384'
      ? sign('sha384', Buffer.from(input), { key: signing.key, dsaEncoding: 'ieee-p1363' })
      : sign('sha384', Buffer.from(input), signing.key);
  return `${input}.${base64url(signature)}`;
}

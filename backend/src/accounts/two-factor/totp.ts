import { Secret, TOTP } from 'otpauth';

export const TOTP_ISSUER = 'Clinic portal';
const PERIOD = 30;

/** The authenticator-app parameters every app understands: SHA-1, 6 digits, 30 s. */
export function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random 160-bit secret, base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The time step of a code that is right now (one step of clock drift either way), or
 * `null`. Steps at or before `lastStep` are refused so a seen code cannot be replayed.
 */
export function acceptedTotpStep(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = totp.counter({ timestamp: now }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

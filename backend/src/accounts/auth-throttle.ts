import { Throttle } from '@nestjs/throttler';

const perMinute = (limit: number) => Throttle({ default: { limit, ttl: 60_000 } });

/**
 * Per-client-address limits of the routes attackers like, on top of the per-account limits
 * (code attempts, send limits, lockout). Generous enough for a clinic's shared Wi-Fi.
 */
export const AuthThrottle = {
  /** Password guesses. */
  login: () => perMinute(20),
  /** Second-factor guesses. */
  twoFactor: () => perMinute(10),
  /** Routes that mail something (register, resend, forgot). */
  mailing: () => perMinute(10),
  /** Code guesses (confirm, reset). */
  code: () => perMinute(20),
  refresh: () => perMinute(60),
  /** Signed-in routes that check the password again. */
  sensitive: () => perMinute(10),
};

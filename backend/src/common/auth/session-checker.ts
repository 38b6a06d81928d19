import type { Role } from './role';

/**
 * Tells whether a token's session still stands (not signed out, revoked or expired, and the
 * account active). Implemented by the accounts feature; the JWT strategy asks it on every request.
 */
export abstract class SessionChecker {
  /** The account's current role when the session is active; `null` otherwise. */
  abstract activeRole(accountId: string, sessionId: string): Promise<Role | null>;
}

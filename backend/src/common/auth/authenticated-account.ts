import type { Role } from './role';

/** The signed-in caller, as the access token and the session check established it. */
export interface AuthenticatedAccount {
  /** Account id (the token's `sub`). */
  id: string;
  /** The role as stored now (a changed role takes effect on the next request). */
  role: Role;
  /** Session (refresh-token family) id (the token's `sid`). */
  sessionId: string;
}

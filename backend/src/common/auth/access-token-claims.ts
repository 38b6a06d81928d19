import type { Role } from './role';

/** The audience of access tokens; other signed tokens (sign-in challenges) use another. */
export const ACCESS_TOKEN_AUDIENCE = 'portal-api';

/** What an access token says: `sub` the account, `role`, `sid` the session. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

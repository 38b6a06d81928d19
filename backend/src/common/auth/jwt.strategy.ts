import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../config/app-config';
import { ACCESS_TOKEN_AUDIENCE, AccessTokenClaims } from './access-token-claims';
import type { AuthenticatedAccount } from './authenticated-account';
import { SessionChecker } from './session-checker';

/**
 * Access tokens: `Authorization: Bearer`, HS256 with `JWT_SECRET`, audience `portal-api`. A
 * valid signature is not enough: the session must still stand, so signing out, revoking a
 * session or a password change end access at once, not when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionChecker,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedAccount | false> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return false;
    const role = await this.sessions.activeRole(claims.sub, claims.sid);
    return role ? { id: claims.sub, role, sessionId: claims.sid } : false;
  }
}

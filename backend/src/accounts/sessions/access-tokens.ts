import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_AUDIENCE } from '../../common/auth/access-token-claims';
import type { Role } from '../../common/auth/role';
import { AppConfig } from '../../config/app-config';

/** Signs access tokens: `sub` account, `role`, `sid` session, audience `portal-api`, short-lived. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async sign(
    accountId: string,
    role: Role,
    sessionId: string,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(
      { role, sid: sessionId },
      { subject: accountId, audience: ACCESS_TOKEN_AUDIENCE, expiresIn },
    );
    return { accessToken, expiresIn };
  }
}

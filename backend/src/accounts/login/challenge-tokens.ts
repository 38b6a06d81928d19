import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../../common/errors/domain-error';
import type { TwoFactorMethod } from '../account.entity';

const AUDIENCE = 'sign-in-challenge';
export const CHALLENGE_TTL_SECONDS = 300;

/**
 * The short-lived signed proof that the password was right, exchanged for a session only
 * with the second factor. Its own audience, so it can never pass as an access token.
 */
@Injectable()
export class ChallengeTokens {
  constructor(private readonly jwt: JwtService) {}

  sign(accountId: string, method: TwoFactorMethod): Promise<string> {
    return this.jwt.signAsync(
      { method },
      { subject: accountId, audience: AUDIENCE, expiresIn: CHALLENGE_TTL_SECONDS },
    );
  }

  async verify(token: string): Promise<{ accountId: string; method: TwoFactorMethod }> {
    try {
      const claims = await this.jwt.verifyAsync<{ sub: string; method: TwoFactorMethod }>(token, {
        audience: AUDIENCE,
      });
      return { accountId: claims.sub, method: claims.method };
    } catch {
      throw new UnauthenticatedError('The sign-in has expired. Please enter your email and password again.');
    }
  }
}

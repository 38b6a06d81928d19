import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The answer to `POST /api/auth/login`: either tokens (`accessToken`, `expiresIn`), or — with
 * two-step sign-in on — `twoFactorRequired` with the method and a challenge to answer at
 * `POST /api/auth/login/two-factor`.
 */
export class LoginResultDto {
  @ApiPropertyOptional({ example: 'eyJhbGciOiJIUzI1NiJ9…' })
  accessToken?: string;

  @ApiPropertyOptional({ example: 900 })
  expiresIn?: number;

  @ApiPropertyOptional({ example: true, enum: [true] })
  twoFactorRequired?: true;

  @ApiPropertyOptional({ enum: ['email', 'totp'], example: 'email' })
  method?: 'email' | 'totp';

  @ApiPropertyOptional({ example: 'eyJhbGciOiJIUzI1NiJ9…', description: 'Valid 5 minutes' })
  challengeToken?: string;
}

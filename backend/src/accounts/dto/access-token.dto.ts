import { ApiProperty } from '@nestjs/swagger';

/** A signed-in answer; the refresh token comes along as an httpOnly cookie. */
export class AccessTokenDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiJ9…', description: 'Send as `Authorization: Bearer …`' })
  accessToken!: string;

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsJWT, Matches } from 'class-validator';

export class TwoFactorLoginDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiJ9…', description: 'From the sign-in answer; valid 5 minutes' })
  @IsJWT()
  challengeToken!: string;

  @ApiProperty({
    example: '123456',
    description: 'The emailed code, the authenticator app’s code, or a recovery code (e.g. `k7m2q-9xw4t`)',
  })
  @Transform(({ value }) =>
    typeof value === 'string' ? value.trim().toLowerCase().replace(/\s/g, '') : value,
  )
  @Matches(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/, { message: 'Enter the 6-digit code or a recovery code' })
  code!: string;
}

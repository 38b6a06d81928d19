import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { IsStrongPassword } from '../passwords/is-strong-password.decorator';
import { CODE_FORMAT_MESSAGE, normalizeCode, SIX_DIGITS } from './code.dto';
import { EmailDto } from './email.dto';

export class ResetPasswordDto extends EmailDto {
  @ApiProperty({ example: '123456', pattern: '^\\d{6}$' })
  @Transform(({ value }) => normalizeCode(value))
  @Matches(SIX_DIGITS, { message: CODE_FORMAT_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'зелёный чайник летит 42', minLength: 10, maxLength: 128 })
  @IsString()
  @IsStrongPassword((dto) => ({ email: dto['email'] as string }))
  newPassword!: string;
}

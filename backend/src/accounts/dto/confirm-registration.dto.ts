import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { CODE_FORMAT_MESSAGE, normalizeCode, SIX_DIGITS } from './code.dto';
import { EmailDto } from './email.dto';

export class ConfirmRegistrationDto extends EmailDto {
  @ApiProperty({ example: '123456', pattern: '^\\d{6}$' })
  @Transform(({ value }) => normalizeCode(value))
  @Matches(SIX_DIGITS, { message: CODE_FORMAT_MESSAGE })
  code!: string;
}

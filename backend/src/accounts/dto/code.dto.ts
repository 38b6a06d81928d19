import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** Six digits; spaces people type between groups are ignored. */
export const normalizeCode = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s/g, '') : value;
export const SIX_DIGITS = /^\d{6}$/;
export const CODE_FORMAT_MESSAGE = 'Enter the 6-digit code from the email';

/** A mailed code for the signed-in account (email change). */
export class CodeDto {
  @ApiProperty({ example: '123456', pattern: '^\\d{6}$' })
  @Transform(({ value }) => normalizeCode(value))
  @Matches(SIX_DIGITS, { message: CODE_FORMAT_MESSAGE })
  code!: string;
}

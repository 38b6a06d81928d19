import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../validation/email';

/** Just an email: resend a registration code, ask for a password reset. */
export class EmailDto {
  @ApiProperty({ example: 'anna.ivanova@example.org' })
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

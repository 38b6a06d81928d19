import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../validation/email';
import { PasswordDto } from './password.dto';

export class ChangeEmailDto extends PasswordDto {
  @ApiProperty({ example: 'anna.new@example.org' })
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  newEmail!: string;
}

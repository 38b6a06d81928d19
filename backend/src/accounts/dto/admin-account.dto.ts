import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../common/auth/role';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../validation/email';

export class AdminAccountQueryDto {
  @ApiProperty({ example: 'anna.ivanova@example.org' })
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

/** An account as clinic admins see it: no secrets, no medical data. */
export class AdminAccountDto {
  @ApiProperty({ format: 'uuid', example: '6f1c2a4e-0a51-4a8e-9a5e-3b1b2f6f0c11' })
  id!: string;

  @ApiProperty({ example: 'anna.ivanova@example.org' })
  email!: string;

  @ApiProperty({ enum: ROLES, example: 'patient' })
  role!: Role;

  @ApiProperty({ enum: ['pending', 'active', 'disabled'], example: 'active' })
  status!: 'pending' | 'active' | 'disabled';

  @ApiProperty({ enum: ['email', 'totp'], nullable: true, example: null })
  twoFactor!: 'email' | 'totp' | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  lockedUntil!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T09:30:00.000Z' })
  createdAt!: string;
}

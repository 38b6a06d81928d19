import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../common/auth/role';

export class MeAccountDto {
  @ApiProperty({ format: 'uuid', example: '6f1c2a4e-0a51-4a8e-9a5e-3b1b2f6f0c11' })
  id!: string;

  @ApiProperty({ example: 'anna.ivanova@example.org' })
  email!: string;

  @ApiProperty({ enum: ROLES, example: 'patient' })
  role!: Role;

  @ApiProperty({ enum: ['ru', 'en'], example: 'ru' })
  locale!: 'ru' | 'en';

  @ApiProperty({ type: String, nullable: true, example: '+79123456789' })
  phone!: string | null;

  @ApiProperty({
    enum: ['email', 'totp'],
    nullable: true,
    example: null,
    description: 'Two-step sign-in, when on',
  })
  twoFactor!: 'email' | 'totp' | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T09:30:00.000Z' })
  createdAt!: string;
}

export class MeProfileDto {
  @ApiProperty({ format: 'uuid', example: '0d5b0c9e-3a0e-4f5e-8f57-2a8a2b0e5d10' })
  id!: string;

  @ApiProperty({ example: 'Иванова' })
  lastName!: string;

  @ApiProperty({ example: 'Анна' })
  firstName!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Сергеевна' })
  middleName!: string | null;

  @ApiProperty({ format: 'date', example: '1985-03-15' })
  birthDate!: string;

  @ApiProperty({ enum: ['male', 'female'], example: 'female' })
  sex!: 'male' | 'female';

  @ApiProperty({ enum: ['unverified', 'pending', 'verified', 'failed'], example: 'unverified' })
  verificationStatus!: 'unverified' | 'pending' | 'verified' | 'failed';

  @ApiProperty({ enum: ['auto', 'code'], nullable: true, example: null })
  verificationMethod!: 'auto' | 'code' | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Why verification failed, for the user',
  })
  failureReason!: string | null;
}

/** `GET /api/me`: the account and its `self` profile (`null` for clinic staff accounts without one). */
export class MeDto {
  @ApiProperty({ type: MeAccountDto })
  account!: MeAccountDto;

  @ApiProperty({ type: MeProfileDto, nullable: true })
  profile!: MeProfileDto | null;
}

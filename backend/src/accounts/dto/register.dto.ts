import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsStrongPassword } from '../passwords/is-strong-password.decorator';
import { IsBirthDate } from '../validation/birth-date';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../validation/email';
import { IsPersonName, normalizeName } from '../validation/person-name';
import { IsPhone, normalizePhone } from '../validation/phone';
import { IsSnils, normalizeSnils } from '../validation/snils';

export class RegisterDto {
  @ApiProperty({ example: 'anna.ivanova@example.org', maxLength: EMAIL_MAX_LENGTH })
  @Transform(({ value }) => normalizeEmail(value))
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({
    example: 'зелёный чайник летит 42',
    minLength: 10,
    maxLength: 128,
    description:
      'Refused when too easy to guess (zxcvbn score below 3), counting the person’s own names, email and birth date.',
  })
  @IsString()
  @IsStrongPassword((dto) => ({
    email: dto['email'] as string,
    lastName: dto['lastName'] as string,
    firstName: dto['firstName'] as string,
    middleName: dto['middleName'] as string,
    birthDate: dto['birthDate'] as string,
  }))
  password!: string;

  @ApiProperty({ example: 'Иванова' })
  @Transform(({ value }) => normalizeName(value))
  @IsPersonName()
  lastName!: string;

  @ApiProperty({ example: 'Анна' })
  @Transform(({ value }) => normalizeName(value))
  @IsPersonName()
  firstName!: string;

  @ApiPropertyOptional({ example: 'Сергеевна', description: 'Patronymic, when the person has one' })
  @IsOptional()
  @Transform(({ value }) => normalizeName(value) || undefined)
  @IsPersonName()
  middleName?: string;

  @ApiProperty({ example: '1985-03-15', format: 'date' })
  @IsBirthDate()
  birthDate!: string;

  @ApiProperty({ enum: ['male', 'female'], example: 'female' })
  @IsIn(['male', 'female'], { message: 'sex must be male or female' })
  sex!: 'male' | 'female';

  @ApiPropertyOptional({ example: '+7 912 345-67-89', description: 'Stored as E.164 (+79123456789)' })
  @IsOptional()
  @Transform(({ value }) => normalizePhone(value) || undefined)
  @IsPhone()
  phone?: string;

  @ApiPropertyOptional({
    example: '123-456-789 64',
    description: '11 digits; spaces and hyphens are ignored',
  })
  @IsOptional()
  @Transform(({ value }) => normalizeSnils(value) || undefined)
  @IsSnils()
  snils?: string;

  @ApiProperty({
    example: true,
    enum: [true],
    description: 'Consent to the processing of personal data (152-FZ); stored with its time and text version',
  })
  @Equals(true, { message: 'Consent to the processing of personal data is required' })
  consent!: true;

  @ApiPropertyOptional({ enum: ['ru', 'en'], example: 'ru', default: 'ru' })
  @IsOptional()
  @IsIn(['ru', 'en'])
  locale?: 'ru' | 'en';
}

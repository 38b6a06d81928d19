import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DevMailQuery {
  @ApiPropertyOptional({
    description: 'Only mails to this address (case-insensitive).',
    example: 'anna@example.org',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  to?: string;
}

export class DevMailDto {
  @ApiProperty({ format: 'uuid', example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' })
  id!: string;

  @ApiProperty({ example: 'anna@example.org' })
  to!: string;

  @ApiProperty({ example: 'Код подтверждения регистрации — Клиника' })
  subject!: string;

  @ApiProperty({ example: 'Здравствуйте, Анна!\n\nЧтобы завершить регистрацию…\n\n    482913\n' })
  text!: string;

  @ApiProperty({ example: '<!DOCTYPE html><html lang="ru">…</html>' })
  html!: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-11-26T08:15:30.123Z' })
  createdAt!: Date;
}

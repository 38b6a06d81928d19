import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, ValidateIf } from 'class-validator';
import { IsPhone, normalizePhone } from '../validation/phone';

export class UpdateMeDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '+7 912 345-67-89',
    description: 'Stored as E.164; `null` or an empty string removes it',
  })
  @IsOptional()
  @Transform(({ value }) => (value === '' ? null : normalizePhone(value)))
  @ValidateIf((_, value) => value !== null)
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ enum: ['ru', 'en'], example: 'en' })
  @IsOptional()
  @IsIn(['ru', 'en'])
  locale?: 'ru' | 'en';
}

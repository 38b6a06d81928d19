import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT } from '../audit.service';

export class SignInHistoryQuery {
  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; omit for the newest entries.',
    example: 'MTc2NDEwMDAwMDEyMzQ1Ni40Mg',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: HISTORY_MAX_LIMIT,
    default: HISTORY_DEFAULT_LIMIT,
    example: 20,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HISTORY_MAX_LIMIT)
  limit?: number;
}

export class SignInEntryDto {
  @ApiProperty({ type: String, format: 'date-time', example: '2025-11-26T08:15:30.123Z' })
  at!: Date;

  @ApiProperty({ example: true })
  success!: boolean;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Browser and operating system, from the user agent.',
    example: 'Chrome, Windows',
  })
  device!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      '"local network" for private addresses; "City, Country" when the server has a GeoIP database.',
    example: 'local network',
  })
  place!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a failed sign-in failed; null for successful ones.',
    example: null,
  })
  reason!: string | null;
}

export class SignInHistoryDto {
  @ApiProperty({ type: [SignInEntryDto] })
  items!: SignInEntryDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next (older) page; null on the last page.',
    example: 'MTc2NDEwMDAwMDEyMzQ1Ni40Mg',
  })
  nextCursor!: string | null;
}

import { ApiProperty } from '@nestjs/swagger';

/** One signed-in device or browser. */
export class SessionDto {
  @ApiProperty({ format: 'uuid', example: '1b7c0f5e-8d2e-4c67-9f0e-5a2c3d4e5f60' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Mozilla/5.0 (Android 14; Mobile) Firefox/135.0' })
  userAgent!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T09:30:00.000Z', description: 'Signed in at' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-21T18:02:11.000Z' })
  lastUsedAt!: string;

  @ApiProperty({ example: true, description: 'The session this request was made with' })
  current!: boolean;
}

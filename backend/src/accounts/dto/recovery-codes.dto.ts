import { ApiProperty } from '@nestjs/swagger';

/** Shown once: each code signs in once when the authenticator app is not at hand. */
export class RecoveryCodesDto {
  @ApiProperty({ type: [String], example: ['k7m2q-9xw4t', 'p3n8v-c2h6r'], minItems: 10, maxItems: 10 })
  recoveryCodes!: string[];
}

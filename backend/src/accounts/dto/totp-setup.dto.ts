import { ApiProperty } from '@nestjs/swagger';

/** What an authenticator app needs; turned on only after `POST /api/me/two-factor/totp/confirm`. */
export class TotpSetupDto {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'Base32, for typing in by hand' })
  secret!: string;

  @ApiProperty({
    example:
      'otpauth://totp/Clinic%20portal:anna%40example.org?issuer=Clinic%20portal&secret=…&algorithm=SHA1&digits=6&period=30',
  })
  otpauthUrl!: string;

  @ApiProperty({
    example: 'data:image/png;base64,iVBORw0KGgo…',
    description: 'The otpauth URL as a QR code image',
  })
  qrDataUrl!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsStrongPassword } from '../passwords/is-strong-password.decorator';
import { PASSWORD_MAX_LENGTH } from '../passwords/password-hash-options';

export class ChangePasswordDto {
  @ApiProperty({ example: 'зелёный чайник летит 42' })
  @IsString()
  @MinLength(1, { message: 'Enter the current password' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ example: 'синий велосипед поёт 17', minLength: 10, maxLength: 128 })
  @IsString()
  @IsStrongPassword()
  newPassword!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../passwords/password-hash-options';
import { EmailDto } from './email.dto';

export class LoginDto extends EmailDto {
  @ApiProperty({ example: 'зелёный чайник летит 42' })
  @IsString()
  @MinLength(1, { message: 'Enter the password' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

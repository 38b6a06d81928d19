import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Client, type ClientInfo } from '../../common/auth/client-info.decorator';
import { Public } from '../../common/auth/public.decorator';
import { AuthThrottle } from '../auth-throttle';
import { AcceptedDto } from '../dto/accepted.dto';
import { EmailDto } from '../dto/email.dto';
import { ResetPasswordDto } from '../dto/reset-password.dto';
import { PasswordResetService, RESET_REQUESTED } from './password-reset.service';

@ApiTags('auth')
@Public()
@Controller('auth/password')
export class PasswordResetController {
  constructor(private readonly reset: PasswordResetService) {}

  @Post('forgot')
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthThrottle.mailing()
  @ApiOperation({ summary: 'Mail a password reset code (the same answer for any address)' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ description: '`retryAfterSeconds` says when to ask again' })
  async forgot(@Body() dto: EmailDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    await this.reset.forgot(dto.email, client);
    return { message: RESET_REQUESTED };
  }

  @Post('reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthThrottle.code()
  @ApiOperation({ summary: 'Set a new password with the mailed code; signs out every session' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({
    description: 'Wrong or expired code (`fields.code`), weak password (`fields.newPassword`)',
  })
  async resetPassword(@Body() dto: ResetPasswordDto, @Client() client: ClientInfo): Promise<void> {
    await this.reset.reset(dto.email, dto.code, dto.newPassword, client);
  }
}

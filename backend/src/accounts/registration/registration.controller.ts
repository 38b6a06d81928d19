import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Client, type ClientInfo } from '../../common/auth/client-info.decorator';
import { Public } from '../../common/auth/public.decorator';
import { AppConfig } from '../../config/app-config';
import { AuthThrottle } from '../auth-throttle';
import { AcceptedDto } from '../dto/accepted.dto';
import { AccessTokenDto } from '../dto/access-token.dto';
import { ConfirmRegistrationDto } from '../dto/confirm-registration.dto';
import { EmailDto } from '../dto/email.dto';
import { RegisterDto } from '../dto/register.dto';
import { setRefreshCookie } from '../sessions/refresh-cookie';
import { REGISTRATION_ACCEPTED, RegistrationService } from './registration.service';

@ApiTags('auth')
@Public()
@Controller('auth/register')
export class RegistrationController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthThrottle.mailing()
  @ApiOperation({
    summary: 'Register: keeps the data and mails a 6-digit code (the same answer for any address)',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiBadRequestResponse({ description: 'Field messages in `fields`' })
  @ApiTooManyRequestsResponse({ description: 'A code was mailed less than 60 s ago, or 5 in the last hour' })
  async register(@Body() dto: RegisterDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    await this.registration.register(dto, client);
    return { message: REGISTRATION_ACCEPTED };
  }

  @Post('confirm')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.code()
  @ApiOperation({ summary: 'Confirm the email with the code: activates the account and signs in' })
  @ApiOkResponse({ type: AccessTokenDto, description: 'Also sets the `refresh_token` cookie' })
  @ApiBadRequestResponse({ description: 'Wrong, expired or used code (`fields.code`)' })
  async confirm(
    @Body() dto: ConfirmRegistrationDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    const { refreshToken, ...tokens } = await this.registration.confirm(dto.email, dto.code, client);
    setRefreshCookie(res, this.config, refreshToken);
    return tokens;
  }

  @Post('resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthThrottle.mailing()
  @ApiOperation({ summary: 'Mail a new registration code (the same answer for any address)' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ description: '`retryAfterSeconds` says when to ask again' })
  async resend(@Body() dto: EmailDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    await this.registration.resend(dto.email, client);
    return { message: REGISTRATION_ACCEPTED };
  }
}

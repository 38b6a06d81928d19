import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Client, type ClientInfo } from '../../common/auth/client-info.decorator';
import { CurrentAccount } from '../../common/auth/current-account.decorator';
import { AuthThrottle } from '../auth-throttle';
import { AcceptedDto } from '../dto/accepted.dto';
import { ChangeEmailDto } from '../dto/change-email.dto';
import { ChangePasswordDto } from '../dto/change-password.dto';
import { CodeDto } from '../dto/code.dto';
import { MeDto } from '../dto/me.dto';
import { UpdateMeDto } from '../dto/update-me.dto';
import { PasswordChangeService } from '../password/password-change.service';
import { EMAIL_CHANGE_REQUESTED, EmailChangeService } from './email-change.service';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly passwords: PasswordChangeService,
    private readonly emails: EmailChangeService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My account and my own profile with its verification status' })
  @ApiOkResponse({ type: MeDto })
  get(@CurrentAccount() account: AuthenticatedAccount): Promise<MeDto> {
    return this.me.get(account);
  }

  @Patch()
  @ApiOperation({ summary: 'Change my contact phone or language' })
  @ApiOkResponse({ type: MeDto })
  update(@CurrentAccount() account: AuthenticatedAccount, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.me.update(account, dto);
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthThrottle.sensitive()
  @ApiOperation({ summary: 'Change my password; signs out my other sessions' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: '`fields.currentPassword` wrong, or `fields.newPassword` too weak' })
  changePassword(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: ChangePasswordDto,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.passwords.change(account, dto.currentPassword, dto.newPassword, client);
  }

  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthThrottle.sensitive()
  @ApiOperation({ summary: 'Change my sign-in email: a code goes to the new address' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  async changeEmail(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: ChangeEmailDto,
    @Client() client: ClientInfo,
  ): Promise<AcceptedDto> {
    await this.emails.request(account, dto.newEmail, dto.password, client);
    return { message: EMAIL_CHANGE_REQUESTED };
  }

  @Post('email/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthThrottle.code()
  @ApiOperation({ summary: 'Confirm the new email with the code sent to it' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Wrong or expired code (`fields.code`)' })
  confirmEmail(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: CodeDto,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.emails.confirm(account, dto.code, client);
  }
}

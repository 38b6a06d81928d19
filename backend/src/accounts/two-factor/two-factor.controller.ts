import { Body, Controller, Delete, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
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
import { CodeDto } from '../dto/code.dto';
import { PasswordDto } from '../dto/password.dto';
import { RecoveryCodesDto } from '../dto/recovery-codes.dto';
import { TotpSetupDto } from '../dto/totp-setup.dto';
import { TwoFactorSettingsService } from './two-factor-settings.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/two-factor')
export class TwoFactorController {
  constructor(private readonly settings: TwoFactorSettingsService) {}

  @Post('email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthThrottle.sensitive()
  @ApiOperation({ summary: 'Turn on two-step sign-in with codes by email' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Wrong password (`fields.password`)' })
  enableEmail(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: PasswordDto,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.settings.enableEmail(account, dto.password, client);
  }

  @Post('totp/setup')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.sensitive()
  @ApiOperation({ summary: 'Start setting up an authenticator app: a secret and its QR code' })
  @ApiOkResponse({ type: TotpSetupDto })
  @ApiBadRequestResponse({ description: 'Wrong password (`fields.password`)' })
  setupTotp(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: PasswordDto,
  ): Promise<TotpSetupDto> {
    return this.settings.setupTotp(account, dto.password);
  }

  @Post('totp/confirm')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.sensitive()
  @ApiOperation({
    summary: 'Turn the authenticator app on with a code from it; returns 10 recovery codes, once',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiBadRequestResponse({ description: 'Wrong code (`fields.code`)' })
  async confirmTotp(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: CodeDto,
    @Client() client: ClientInfo,
  ): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.settings.confirmTotp(account, dto.code, client) };
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthThrottle.sensitive()
  @ApiOperation({ summary: 'Turn two-step sign-in off' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Wrong password (`fields.password`)' })
  disable(
    @CurrentAccount() account: AuthenticatedAccount,
    @Body() dto: PasswordDto,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.settings.disable(account, dto.password, client);
  }
}

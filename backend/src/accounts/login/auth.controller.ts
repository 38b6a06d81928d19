import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Client, type ClientInfo } from '../../common/auth/client-info.decorator';
import { Public } from '../../common/auth/public.decorator';
import { AppConfig } from '../../config/app-config';
import { AuthThrottle } from '../auth-throttle';
import { AccessTokenDto } from '../dto/access-token.dto';
import { LoginResultDto } from '../dto/login-result.dto';
import { LoginDto } from '../dto/login.dto';
import { TwoFactorLoginDto } from '../dto/two-factor-login.dto';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from '../sessions/refresh-cookie';
import { SessionService } from '../sessions/session.service';
import { LoginService } from './login.service';
import { TwoFactorLoginService } from './two-factor-login.service';

const refreshTokenOf = (req: Request): string | undefined => {
  const token: unknown = req.cookies?.[REFRESH_COOKIE];
  return typeof token === 'string' && token ? token : undefined;
};

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginService,
    private readonly twoFactor: TwoFactorLoginService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.login()
  @ApiOperation({ summary: 'Sign in: tokens, or a two-step challenge' })
  @ApiOkResponse({ type: LoginResultDto, description: 'With tokens, also sets the `refresh_token` cookie' })
  @ApiUnauthorizedResponse({ description: '"Wrong email or password", or sign-in blocked after 10 failures' })
  async signIn(
    @Body() dto: LoginDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResultDto> {
    const outcome = await this.login.login(dto.email, dto.password, client);
    if ('challenge' in outcome) return outcome.challenge;
    const { refreshToken, ...tokens } = outcome.signedIn;
    setRefreshCookie(res, this.config, refreshToken);
    return tokens;
  }

  @Post('login/two-factor')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.twoFactor()
  @ApiOperation({ summary: 'Second step of sign-in: emailed code, authenticator code or recovery code' })
  @ApiOkResponse({ type: AccessTokenDto, description: 'Also sets the `refresh_token` cookie' })
  @ApiUnauthorizedResponse({ description: 'Wrong code, or the challenge expired' })
  async secondStep(
    @Body() dto: TwoFactorLoginDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    const { refreshToken, ...tokens } = await this.twoFactor.complete(dto.challengeToken, dto.code, client);
    setRefreshCookie(res, this.config, refreshToken);
    return tokens;
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @AuthThrottle.refresh()
  @ApiOperation({ summary: 'New access token from the `refresh_token` cookie (which is rotated)' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'No, expired, revoked or replayed refresh token' })
  async refresh(
    @Req() req: Request,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenDto> {
    try {
      const { refreshToken, ...tokens } = await this.sessions.rotate(refreshTokenOf(req), client);
      setRefreshCookie(res, this.config, refreshToken);
      return tokens;
    } catch (error) {
      clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out this session and clear the cookie' })
  @ApiNoContentResponse()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.endByToken(refreshTokenOf(req));
    clearRefreshCookie(res, this.config);
  }
}

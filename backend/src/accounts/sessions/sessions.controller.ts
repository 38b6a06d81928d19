import { Controller, Delete, Get, HttpCode, HttpStatus, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Client, type ClientInfo } from '../../common/auth/client-info.decorator';
import { CurrentAccount } from '../../common/auth/current-account.decorator';
import { SessionDto } from '../dto/session.dto';
import { SessionService } from './session.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionService) {}

  @Get()
  @ApiOperation({ summary: 'Where I am signed in' })
  @ApiOkResponse({ type: [SessionDto] })
  list(@CurrentAccount() account: AuthenticatedAccount): Promise<SessionDto[]> {
    return this.sessions.list(account);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out one of my sessions' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such session of mine' })
  revoke(
    @CurrentAccount() account: AuthenticatedAccount,
    @Param('id') id: string,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.sessions.revokeOne(account, id, client);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out everywhere, this session included' })
  @ApiNoContentResponse()
  revokeAll(@CurrentAccount() account: AuthenticatedAccount, @Client() client: ClientInfo): Promise<void> {
    return this.sessions.revokeAllOf(account, client);
  }
}

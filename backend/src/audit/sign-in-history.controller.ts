import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { CurrentAccount } from '../common/auth/current-account.decorator';
import { AuditService } from './audit.service';
import { SignInHistoryDto, SignInHistoryQuery } from './dto/sign-in-history.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/sign-ins')
export class SignInHistoryController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'My sign-ins and failed sign-in attempts, newest first' })
  @ApiOkResponse({ type: SignInHistoryDto })
  list(
    @CurrentAccount() account: AuthenticatedAccount,
    @Query() query: SignInHistoryQuery,
  ): Promise<SignInHistoryDto> {
    return this.audit.signInHistory(account.id, query);
  }
}

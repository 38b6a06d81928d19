import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/roles.decorator';
import { AdminAccountDto, AdminAccountQueryDto } from '../dto/admin-account.dto';
import { AdminAccountsService } from './admin-accounts.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/accounts')
export class AdminAccountsController {
  constructor(private readonly accounts: AdminAccountsService) {}

  @Get()
  @ApiOperation({ summary: 'Admins: find an account by email (zero or one result)' })
  @ApiOkResponse({ type: [AdminAccountDto] })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  find(@Query() query: AdminAccountQueryDto): Promise<AdminAccountDto[]> {
    return this.accounts.findByEmail(query.email);
  }
}

import { Controller, Delete, Get, HttpCode, HttpStatus, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { DevOutbox } from '../mail/dev-outbox';
import { DevMailDto, DevMailQuery } from './dto/dev-mail.dto';

/**
 * The development outbox: mails the worker kept instead of sending (no `SMTP_URL`). Open to
 * anyone, so it exists only outside production — the module is not even loaded there.
 */
@ApiTags('dev')
@Public()
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly outbox: DevOutbox) {}

  @Get()
  @ApiOperation({ summary: 'Development only: the newest 50 kept mails, optionally to one address' })
  @ApiOkResponse({ type: [DevMailDto] })
  list(@Query() query: DevMailQuery): Promise<DevMailDto[]> {
    return this.outbox.list(query.to);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Development only: empty the outbox' })
  @ApiNoContentResponse()
  clear(): Promise<void> {
    return this.outbox.clear();
  }
}

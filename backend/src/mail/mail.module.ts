import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** {@link MailService} for features that send mail, in the API and the worker alike. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}

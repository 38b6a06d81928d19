import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMail } from './dev-mail.entity';
import { DevOutbox } from './dev-outbox';
import { MailDelivery } from './mail-delivery.entity';
import { MailDeliveryLedger } from './mail-delivery-ledger';
import { MAIL_TRANSPORT_PROVIDER } from './mail-transport.provider';
import { MailModule } from './mail.module';
import { SendMailHandler } from './send-mail.handler';

/** The worker's side of mail: the `SendMail` handler, the ledger and the transport. */
@Module({
  imports: [TypeOrmModule.forFeature([MailDelivery, DevMail]), MailModule],
  providers: [DevOutbox, MailDeliveryLedger, SendMailHandler, MAIL_TRANSPORT_PROVIDER],
  exports: [MailModule],
})
export class MailWorkerModule {}

import { Injectable } from '@nestjs/common';
import { DevOutbox } from './dev-outbox';
import { MailTransport, type OutgoingMail } from './mail-transport';

/** Development and tests without `SMTP_URL`: mails are stored in `dev_mail`; no network at all. */
@Injectable()
export class OutboxMailTransport extends MailTransport {
  constructor(private readonly outbox: DevOutbox) {
    super();
  }

  deliver(mail: OutgoingMail): Promise<void> {
    return this.outbox.store(mail);
  }
}

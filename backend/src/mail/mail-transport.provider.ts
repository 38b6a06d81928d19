import type { Provider } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DevOutbox } from './dev-outbox';
import { MailTransport } from './mail-transport';
import { OutboxMailTransport } from './outbox-mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

/** Thrown at worker boot in production without `SMTP_URL`: mails would silently go nowhere. */
export class MailConfigError extends Error {}

/** SMTP when `SMTP_URL` is set; otherwise the development outbox, which opens no connection. */
export function createMailTransport(config: AppConfig, outbox: DevOutbox): MailTransport {
  if (config.SMTP_URL) return new SmtpMailTransport(config.SMTP_URL);
  if (config.isProduction) {
    throw new MailConfigError('SMTP_URL: required in production (without it no mail would be delivered)');
  }
  return new OutboxMailTransport(outbox);
}

export const MAIL_TRANSPORT_PROVIDER: Provider = {
  provide: MailTransport,
  inject: [AppConfig, DevOutbox],
  useFactory: createMailTransport,
};

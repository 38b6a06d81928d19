import { loadConfig } from '../config/app-config';
import type { DevOutbox } from './dev-outbox';
import { createMailTransport, MailConfigError } from './mail-transport.provider';
import { OutboxMailTransport } from './outbox-mail-transport';
import { messageIdHeader, SmtpMailTransport } from './smtp-mail-transport';

const outbox = {} as DevOutbox;
const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) };

describe('createMailTransport', () => {
  it('uses the outbox without SMTP_URL outside production', () => {
    expect(createMailTransport(loadConfig({ NODE_ENV: 'test' }), outbox)).toBeInstanceOf(OutboxMailTransport);
    expect(createMailTransport(loadConfig({ SMTP_URL: '' }), outbox)).toBeInstanceOf(OutboxMailTransport);
  });

  it('uses SMTP when SMTP_URL is set', () => {
    const transport = createMailTransport(
      loadConfig({ ...production, SMTP_URL: 'smtps://u:p@mail.example.org:465' }),
      outbox,
    );
    expect(transport).toBeInstanceOf(SmtpMailTransport);
    (transport as SmtpMailTransport).onApplicationShutdown();
  });

  it('refuses to run production without SMTP_URL', () => {
    expect(() => createMailTransport(loadConfig(production), outbox)).toThrow(MailConfigError);
    expect(() => createMailTransport(loadConfig(production), outbox)).toThrow(
      /SMTP_URL: required in production/,
    );
  });
});

describe('SMTP_URL and MAIL_FROM', () => {
  it('accepts smtp:// and smtps:// only, and has a sender by default', () => {
    expect(loadConfig({}).MAIL_FROM).toBe('Клиника <no-reply@clinic.local>');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL must be an smtp/);
  });
});

describe('messageIdHeader', () => {
  it('uses the sender’s domain', () => {
    expect(messageIdHeader('abc', 'Клиника <no-reply@clinic.example>')).toBe('<abc@clinic.example>');
    expect(messageIdHeader('abc', 'no-reply@mail.example.org')).toBe('<abc@mail.example.org>');
    expect(messageIdHeader('abc', 'nobody')).toBe('<abc@clinic.local>');
  });
});

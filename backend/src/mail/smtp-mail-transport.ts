import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailTransport, type OutgoingMail } from './mail-transport';

/** A permanent refusal by the mail server (a 5xx reply, e.g. "no such mailbox"): retrying cannot help. */
export class MailRejectedError extends Error {
  readonly retryable = false;
}

/**
 * Real delivery through the SMTP server of `SMTP_URL` (nodemailer's URL transport: `smtp://`
 * with STARTTLS when offered, `smtps://` for implicit TLS, `?pool=true` and other options in
 * the query). Timeouts are short so a hung server fails the attempt and the job backs off.
 */
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageIdHeader(mail.messageId, mail.from),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx is permanent (bad recipient, refused content); 4xx and connection errors are not.
      if (code !== undefined && code >= 500 && code < 600 && code !== 530 && code !== 535) {
        throw new MailRejectedError(`Mail server refused the mail: ${(error as Error).message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/**
 * The same `Message-ID` on every attempt of one mail: if a retry does send a duplicate (the
 * window {@link SendMailHandler} describes), mail systems that de-duplicate by it show one.
 */
export function messageIdHeader(messageId: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'clinic.local';
  return `<${messageId}@${domain}>`;
}

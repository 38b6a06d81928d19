import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { HandlesJob, JobHandler } from '../infra/queue/job-handler.decorator';
import { JobName, SendMailPayload } from '../infra/queue/jobs';
import { MailDeliveryLedger } from './mail-delivery-ledger';
import { MailTransport } from './mail-transport';
import { renderMail } from './templates/render-mail';

/** Another attempt holds the mail (a stalled job still sending); retry later. */
export class MailDeliveryBusyError extends Error {
  readonly retryable = true;
}

/**
 * Renders and delivers one mail, at most once as far as the database can tell:
 *
 * 1. claim the message id in `mail_delivery` (status `sending`, a 2-minute claim);
 *    a row already `sent` ends the job at once — a retry after a crash between marking it sent
 *    and BullMQ's acknowledgement sends nothing;
 * 2. hand the mail to the transport (SMTP, or the outbox, whose insert is idempotent by id);
 * 3. mark it `sent`.
 *
 * The remaining window: the server accepted the mail (step 2) but the process died, or the
 * database could not be written, before step 3 committed. The retry then cannot know the mail
 * left and sends it again — a duplicate rather than a lost code, by choice. Both copies carry
 * the same `Message-ID`, which many mail systems use to show only one. With the outbox
 * transport there is no such window.
 */
@Injectable()
@JobHandler(JobName.SendMail)
export class SendMailHandler implements HandlesJob<JobName.SendMail> {
  private readonly logger = new Logger(SendMailHandler.name);

  constructor(
    private readonly ledger: MailDeliveryLedger,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  async handle(payload: SendMailPayload) {
    const { messageId, to, template, locale, data, correlationId } = payload;
    // Render first: a mail that can never be rendered fails for good without a ledger row.
    const rendered = renderMail(template, locale, data, { publicUrl: this.config.PUBLIC_URL });
    const claim = await this.ledger.claim({ messageId, to, template });
    if (claim === 'already-sent') {
      this.logger.log({ messageId, template, correlationId }, 'Mail already sent; nothing to do');
      return { messageId, sent: false, reason: 'already-sent' };
    }
    if (claim === 'busy')
      throw new MailDeliveryBusyError(`Mail ${messageId} is being sent by another attempt`);
    try {
      await this.transport.deliver({ messageId, from: this.config.MAIL_FROM, to, ...rendered });
    } catch (error) {
      await this.ledger
        .release(messageId, (error as Error).message)
        .catch((e: Error) => this.logger.warn({ messageId, err: e }, 'Could not record the failed attempt'));
      this.logger.warn({ messageId, template, correlationId, err: error }, 'Mail not delivered; will retry');
      throw error;
    }
    await this.ledger.markSent(messageId);
    this.logger.log({ messageId, template, correlationId }, 'Mail sent');
    return { messageId, sent: true };
  }
}

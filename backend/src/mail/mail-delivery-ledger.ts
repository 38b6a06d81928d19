import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What {@link MailDeliveryLedger.claim} found. */
export type DeliveryClaim = 'claimed' | 'already-sent' | 'busy';

/**
 * How long one attempt may hold a mail: longer than any send can take (connection 10 s +
 * greeting 10 s + idle socket 30 s), so a second worker never sends a mail the first is still
 * sending, and short enough that a crashed attempt frees the mail for the next retry.
 */
const CLAIM_SECONDS = 120;

/**
 * The `mail_delivery` table as the record of which mails went out. Every attempt claims its
 * message id before sending and marks it sent after; see {@link SendMailHandler} for why.
 */
@Injectable()
export class MailDeliveryLedger {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Claims a mail for one attempt: `claimed` to go ahead, `already-sent` when an earlier attempt
   * delivered it, `busy` while another attempt (a stalled job's) holds an unexpired claim.
   */
  async claim(mail: { messageId: string; to: string; template: string }): Promise<DeliveryClaim> {
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO mail_delivery (message_id, recipient, template, status, attempts, claimed_until)
       VALUES ($1, $2, $3, 'sending', 1, now() + make_interval(secs => $4))
       ON CONFLICT (message_id) DO UPDATE
         SET attempts = mail_delivery.attempts + 1, claimed_until = EXCLUDED.claimed_until
         WHERE mail_delivery.status = 'sending'
           AND (mail_delivery.claimed_until IS NULL OR mail_delivery.claimed_until < now())
       RETURNING message_id`,
      [mail.messageId, mail.to, mail.template, CLAIM_SECONDS],
    );
    if (claimed.length) return 'claimed';
    const [row] = await this.db.query<Array<{ status: string }>>(
      'SELECT status FROM mail_delivery WHERE message_id = $1',
      [mail.messageId],
    );
    return row?.status === 'sent' ? 'already-sent' : 'busy';
  }

  /** The server accepted the mail. */
  async markSent(messageId: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_delivery SET status = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL
       WHERE message_id = $1`,
      [messageId],
    );
  }

  /** The attempt failed before the server accepted the mail: the next retry may go at once. */
  async release(messageId: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_delivery SET claimed_until = NULL, last_error = $2
       WHERE message_id = $1 AND status = 'sending'`,
      [messageId, error.slice(0, 1000)],
    );
  }
}

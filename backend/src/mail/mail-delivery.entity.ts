import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One mail the worker has started or finished delivering, keyed by the message id carried in
 * its job. The primary key is what stops a retried job from sending a delivered mail again
 * (see {@link SendMailHandler}). Rows are kept as the delivery log; they hold addresses, so an
 * operator prunes old ones with the rest of the logs (no code path updates a `sent` row).
 */
@Entity('mail_delivery')
export class MailDelivery {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  template!: string;

  /** `sending`: an attempt began and may or may not have reached the server; `sent`: delivered. */
  @Column({ type: 'text' })
  status!: 'sending' | 'sent';

  @Column({ type: 'integer' })
  attempts!: number;

  /** Until when the current attempt holds the mail; another attempt waits until then. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}

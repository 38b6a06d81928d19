import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A mail kept by the development outbox instead of being sent (no `SMTP_URL`). Its id is the
 * mail's message id, so a retried job cannot store it twice.
 */
@Entity('dev_mail')
export class DevMail {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

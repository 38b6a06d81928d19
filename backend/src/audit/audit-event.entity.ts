import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing that happened on an account or a profile: a sign-in, a password change, a read of
 * medical data. Append-only: the application never updates or deletes a row (a database
 * trigger refuses updates). `account_id` and `profile_id` have no foreign keys on purpose, so
 * the trail outlives the account or profile it is about.
 *
 * Retention: rows are kept until an operator prunes them, e.g.
 * `DELETE FROM audit_event WHERE at < now() - interval '3 years'` (the clinic's policy for
 * access logs of medical data decides the period); nothing in the portal deletes them.
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  at!: Date;

  @Column({ type: 'text', update: false })
  action!: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true, update: false })
  accountId!: string | null;

  @Column({ name: 'profile_id', type: 'uuid', nullable: true, update: false })
  profileId!: string | null;

  @Column({ type: 'boolean', nullable: true, update: false })
  success!: boolean | null;

  @Column({ type: 'inet', nullable: true, update: false })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true, update: false })
  userAgent!: string | null;

  @Column({ type: 'jsonb', update: false })
  details!: Record<string, unknown>;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CodePurpose = 'registration' | 'password-reset' | 'email-change' | 'login';

/**
 * A mailed 6-digit code. Only a keyed hash is stored; at most one live code per account and
 * purpose (partial unique index); dead after its expiry, its attempt limit, or one use.
 */
@Entity('one_time_code')
export class OneTimeCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  purpose!: CodePurpose;

  /** Where the code went: the account's address, or the new one for an email change. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ type: 'text' })
  salt!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../common/auth/role';

export type AccountStatus = 'pending' | 'active' | 'disabled';
export type Locale = 'ru' | 'en';
export type TwoFactorMethod = 'email' | 'totp';

/** What a registration keeps until the email is confirmed; becomes the `self` profile. */
export interface PendingProfile {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: 'male' | 'female';
  snils: string | null;
}

/**
 * A login identity. Email is unique regardless of case (stored lower-case, unique index on
 * `lower(email)`); `pending` until the emailed code is confirmed.
 */
@Entity('account')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  status!: AccountStatus;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Staff and doctors: the name shown to patients. Patients: their names live in the profile. */
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  @Column({ name: 'pending_profile', type: 'jsonb', nullable: true })
  pendingProfile!: PendingProfile | null;

  @Column({ name: 'consent_version', type: 'text', nullable: true })
  consentVersion!: string | null;

  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'failed_login_count', type: 'integer' })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'two_factor_method', type: 'text', nullable: true })
  twoFactorMethod!: TwoFactorMethod | null;

  /** AES-256-GCM ciphertext of the authenticator secret (see `SecretBox`). */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  /** A secret being set up: becomes `totp_secret` once a code from it is confirmed. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret!: string | null;

  /** The last accepted TOTP time step, so one code cannot be replayed. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

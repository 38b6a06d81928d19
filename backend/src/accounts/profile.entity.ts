import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type Sex = 'male' | 'female';
export type VerificationStatus = 'unverified' | 'pending' | 'verified' | 'failed';
export type VerificationMethod = 'auto' | 'code';

/**
 * A person whose care is managed in the portal (DESIGN §3). Reached only through
 * `profile_access`; a clinic patient is linked to at most one profile (unique `clinic_patient_id`).
 */
@Entity('profile')
export class Profile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'middle_name', type: 'text', nullable: true })
  middleName!: string | null;

  /** `YYYY-MM-DD`. */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'text' })
  sex!: Sex;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** 11 digits, checksum-validated. */
  @Column({ type: 'text', nullable: true })
  snils!: string | null;

  @Column({ name: 'verification_status', type: 'text' })
  verificationStatus!: VerificationStatus;

  @Column({ name: 'verification_method', type: 'text', nullable: true })
  verificationMethod!: VerificationMethod | null;

  @Column({ name: 'clinic_patient_id', type: 'text', nullable: true })
  clinicPatientId!: string | null;

  @Column({ name: 'clinic_mrn', type: 'text', nullable: true })
  clinicMrn!: string | null;

  /** Why verification failed, in words the user can act on. */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

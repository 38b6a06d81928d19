import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One check of whether the clinic's system answered, written by the worker. */
@Entity('clinic_health_check')
export class ClinicHealthCheck {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;

  @Column()
  reachable!: boolean;

  @Column({ name: 'latency_ms', type: 'integer', nullable: true })
  latencyMs!: number | null;

  @Column({ name: 'fhir_version', type: 'text', nullable: true })
  fhirVersion!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ClinicGateway } from '../infra/clinic/clinic-gateway';
import { ClinicHealthCheck } from './clinic-health-check.entity';

/** How the clinic looked at its latest check, as reported by `/api/health/ready`. */
export interface ClinicStatus {
  reachable: boolean;
  checkedAt: Date | null;
  latencyMs: number | null;
  /** Why the clinic counts as down: its error, or that no recent check exists. */
  reason?: string;
}

const HISTORY_HOURS = 24;

@Injectable()
export class ClinicHealthService {
  constructor(
    @InjectRepository(ClinicHealthCheck) private readonly checks: Repository<ClinicHealthCheck>,
    private readonly clinic: ClinicGateway,
    private readonly config: AppConfig,
  ) {}

  /** Pings the clinic, records the outcome, and forgets checks older than a day. */
  async check(): Promise<ClinicHealthCheck> {
    let row: Partial<ClinicHealthCheck>;
    try {
      const { latencyMs, fhirVersion } = await this.clinic.ping();
      row = {
        reachable: true,
        latencyMs: Math.round(latencyMs),
        fhirVersion: fhirVersion ?? null,
        error: null,
      };
    } catch (error) {
      row = {
        reachable: false,
        latencyMs: null,
        fhirVersion: null,
        error: (error as Error).message.slice(0, 500),
      };
    }
    const saved = await this.checks.save(this.checks.create(row));
    await this.checks.delete({ checkedAt: LessThan(new Date(Date.now() - HISTORY_HOURS * 3600_000)) });
    return saved;
  }

  /** The latest check; a check older than three intervals means the worker is not checking. */
  async status(now = new Date()): Promise<ClinicStatus> {
    const [last] = await this.checks.find({ order: { checkedAt: 'DESC' }, take: 1 });
    if (!last)
      return {
        reachable: false,
        checkedAt: null,
        latencyMs: null,
        reason: 'not checked yet (is the worker running?)',
      };
    const stale = now.getTime() - last.checkedAt.getTime() > 3 * this.config.CLINIC_HEALTH_INTERVAL_MS;
    return {
      reachable: last.reachable && !stale,
      checkedAt: last.checkedAt,
      latencyMs: last.latencyMs,
      reason: stale ? 'the last check is too old (is the worker running?)' : (last.error ?? undefined),
    };
  }
}

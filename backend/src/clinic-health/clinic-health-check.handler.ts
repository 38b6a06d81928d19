import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { HandlesJob, JobHandler } from '../infra/queue/job-handler.decorator';
import { JobName } from '../infra/queue/jobs';
import { ClinicHealthService } from './clinic-health.service';

/** The repeatable job that records whether the clinic answers and how fast. */
@Injectable()
@JobHandler(JobName.ClinicHealthCheck)
export class ClinicHealthCheckHandler implements HandlesJob<JobName.ClinicHealthCheck> {
  constructor(
    private readonly health: ClinicHealthService,
    private readonly config: AppConfig,
  ) {}

  async handle() {
    const { reachable, latencyMs } = await this.health.check();
    return { reachable, latencyMs };
  }

  schedule() {
    // A scheduler with `every` runs its first job at once, then at each interval.
    return { every: this.config.CLINIC_HEALTH_INTERVAL_MS };
  }
}

import { SetMetadata } from '@nestjs/common';
import type { Job, RepeatOptions } from 'bullmq';
import type { JobName, JobPayloads } from './jobs';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a provider as the handler of one job; the worker discovers it at boot. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

/** What a `@JobHandler` class implements. */
export interface HandlesJob<K extends JobName> {
  handle(payload: JobPayloads[K], job: Job<JobPayloads[K]>): Promise<unknown>;
  /** When present, the worker keeps one repeatable schedule of this job. */
  schedule?(): Omit<RepeatOptions, 'key'>;
}

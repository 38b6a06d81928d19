import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { HandlesJob, JOB_HANDLER } from './job-handler.decorator';
import { JobQueue } from './job-queue.service';
import { JobName, QUEUE_OF } from './jobs';

/** Thrown at worker boot when a job name has no handler, or two. */
export class JobRegistryError extends Error {}

/**
 * Finds every `@JobHandler` provider, refuses to boot unless each job name has exactly one,
 * keeps the repeatable schedules, and runs jobs. Errors marked `retryable: false` (domain
 * errors by default) end a job at once (`UnrecoverableError`); everything else is retried with backoff by BullMQ.
 */
@Injectable()
export class JobHandlerRegistry implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobHandlerRegistry.name);
  private readonly handlers = new Map<JobName, HandlesJob<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, wrapper.metatype);
      if (!name) continue;
      if (this.handlers.has(name)) throw new JobRegistryError(`Job "${name}" has two handlers`);
      this.handlers.set(name, wrapper.instance as HandlesJob<JobName>);
    }
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length) throw new JobRegistryError(`No handler for job(s): ${missing.join(', ')}`);
    for (const [name, handler] of this.handlers) {
      const repeat = handler.schedule?.();
      if (!repeat) continue;
      await this.jobs.queue(QUEUE_OF[name]).upsertJobScheduler(name, repeat, { name, data: {} });
      this.logger.log(`Scheduled ${name} ${JSON.stringify(repeat)}`);
    }
  }

  async run(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    try {
      return await handler.handle(job.data, job);
    } catch (error) {
      if ((error as { retryable?: boolean }).retryable === false) {
        throw new UnrecoverableError(`${error.name}: ${error.message}`);
      }
      throw error;
    }
  }
}

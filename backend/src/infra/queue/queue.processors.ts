import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from './job-handler.registry';
import { QueueName } from './jobs';

/** One thin BullMQ processor per queue; the registry decides which handler runs a job. */
@Processor(QueueName.Clinic, { concurrency: 4 })
export class ClinicQueueProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}

/** Mail delivery; a slow or down SMTP server holds up only this queue. */
@Processor(QueueName.Mail, { concurrency: 4 })
export class MailQueueProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}

export const QUEUE_PROCESSORS = [ClinicQueueProcessor, MailQueueProcessor];

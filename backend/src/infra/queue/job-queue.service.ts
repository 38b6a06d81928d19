import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { JobName, JobPayloads, QUEUE_OF, QueueName } from './jobs';

/** Enqueues typed jobs on the queue each job belongs to. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.Clinic) clinic: Queue, @InjectQueue(QueueName.Mail) mail: Queue) {
    this.queues = { [QueueName.Clinic]: clinic, [QueueName.Mail]: mail };
  }

  add<K extends JobName>(
    name: K,
    payload: JobPayloads[K],
    options?: JobsOptions,
  ): Promise<Job<JobPayloads[K]>> {
    return this.queues[QUEUE_OF[name]].add(name, payload, options);
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}

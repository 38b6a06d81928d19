/**
 * The typed job registry: every queue and job name, and one payload type per job.
 * Adding a job: a name here, its payload in {@link JobPayloads}, its queue in {@link QUEUE_OF},
 * and a class decorated with `@JobHandler(name)` — the worker refuses to boot without it.
 */
export enum QueueName {
  /** Talking to the clinic's system: health checks now; imports, booking, verification later. */
  Clinic = 'clinic',
}

export enum JobName {
  ClinicHealthCheck = 'clinic-health-check',
}

/** Carried by every payload so a job's logs can be tied to the request that caused it. */
export interface JobMeta {
  correlationId?: string;
}

export interface JobPayloads {
  [JobName.ClinicHealthCheck]: JobMeta;
}

export const QUEUE_OF: { readonly [K in JobName]: QueueName } = {
  [JobName.ClinicHealthCheck]: QueueName.Clinic,
};

export const ALL_QUEUES = Object.values(QueueName);

import type { MailRequest } from '../../mail/mail.service';

/**
 * The typed job registry: every queue and job name, and one payload type per job.
 * Adding a job: a name here, its payload in {@link JobPayloads}, its queue in {@link QUEUE_OF},
 * and a class decorated with `@JobHandler(name)` — the worker refuses to boot without it.
 */
export enum QueueName {
  /** Talking to the clinic's system: health checks now; imports, booking, verification later. */
  Clinic = 'clinic',
  /** Outgoing mail: rendering and delivery (SMTP or the development outbox). */
  Mail = 'mail',
}

export enum JobName {
  ClinicHealthCheck = 'clinic-health-check',
  SendMail = 'send-mail',
}

/** Carried by every payload so a job's logs can be tied to the request that caused it. */
export interface JobMeta {
  correlationId?: string;
}

/** One mail to render and deliver; `messageId` (a uuid) makes a retried job not send it twice. */
export interface SendMailPayload extends JobMeta, Omit<MailRequest, 'correlationId'> {
  messageId: string;
}

export interface JobPayloads {
  [JobName.ClinicHealthCheck]: JobMeta;
  [JobName.SendMail]: SendMailPayload;
}

export const QUEUE_OF: { readonly [K in JobName]: QueueName } = {
  [JobName.ClinicHealthCheck]: QueueName.Clinic,
  [JobName.SendMail]: QueueName.Mail,
};

export const ALL_QUEUES = Object.values(QueueName);

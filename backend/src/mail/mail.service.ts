import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JobQueue } from '../infra/queue/job-queue.service';
import { JobName } from '../infra/queue/jobs';
import { MAIL_JOB_OPTIONS } from './mail-job-options';

export type MailTemplate =
  | 'registration-code'
  | 'registration-attempt'
  | 'login-code'
  | 'password-reset-code'
  | 'password-changed'
  | 'email-change-code'
  | 'account-locked';

export type MailLocale = 'ru' | 'en';

/**
 * One mail to send. `data` keys per template: registration-code `{code, firstName}`,
 * registration-attempt `{}`, login-code `{code}`, password-reset-code `{code}`,
 * password-changed `{}`, email-change-code `{code}`, account-locked `{minutes}`.
 */
export interface MailRequest {
  to: string;
  template: MailTemplate;
  locale: 'ru' | 'en';
  data: Record<string, string | number>;
  correlationId?: string;
}

/**
 * Sends the portal's mails. `send` only enqueues a `SendMail` job (a few milliseconds, no SMTP
 * on the request path); the worker renders and delivers it, retrying while the mail server is
 * down. Call it after the transaction that makes the mail true has committed: a job cannot be
 * rolled back with it.
 */
@Injectable()
export class MailService {
  constructor(private readonly jobs: JobQueue) {}

  async send(request: MailRequest): Promise<void> {
    const to = request.to.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error('MailService.send: "to" is not an email address');
    const messageId = randomUUID();
    await this.jobs.add(
      JobName.SendMail,
      {
        messageId,
        to,
        template: request.template,
        locale: request.locale === 'en' ? 'en' : 'ru',
        data: request.data,
        correlationId: request.correlationId,
      },
      { ...MAIL_JOB_OPTIONS, jobId: messageId },
    );
  }
}

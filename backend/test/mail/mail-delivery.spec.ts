import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Job } from 'bullmq';
import { loadConfig } from '../../src/config/app-config';
import { JobQueue } from '../../src/infra/queue/job-queue.service';
import { JobName, QueueName, type SendMailPayload } from '../../src/infra/queue/jobs';
import { MailTransport } from '../../src/mail/mail-transport';
import { MailService } from '../../src/mail/mail.service';
import { OutboxMailTransport } from '../../src/mail/outbox-mail-transport';
import { SmtpMailTransport } from '../../src/mail/smtp-mail-transport';
import { WorkerModule } from '../../src/worker.module';
import { startApi, type RunningApi } from '../support/api';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/database';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server';
import { waitFor } from '../support/wait-for';

const uniqueEmail = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@example.org`;

interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

describe('mail: MailService → queue → worker → outbox or SMTP', () => {
  let isolated: IsolatedDatabase;
  let api: RunningApi;
  const workers: INestApplicationContext[] = [];
  const servers: SmtpTestServer[] = [];

  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
    api = await startApi({ DATABASE_URL: isolated.url });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await api.close();
    await isolated.drop();
  });

  /** A worker on the isolated database; `SMTP_URL: ''` means none, whatever the shell has. */
  const startWorker = async (env: Record<string, string>): Promise<INestApplicationContext> => {
    const config = loadConfig({ ...process.env, DATABASE_URL: isolated.url, SMTP_URL: '', ...env });
    const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await app.init();
    workers.push(app);
    return app;
  };
  const outbox = async (to?: string): Promise<DevMail[]> => {
    const res = await fetch(api.url(`/api/dev/mail${to ? `?to=${encodeURIComponent(to)}` : ''}`));
    expect(res.status).toBe(200);
    return res.json();
  };
  const mailJob = async (worker: INestApplicationContext, to: string): Promise<Job<SendMailPayload>> =>
    waitFor(async () => {
      const jobs = await worker.get(JobQueue).queue(QueueName.Mail).getJobs();
      return (jobs as Array<Job<SendMailPayload>>).find((job) => job?.data.to === to);
    });
  /** A job of the mail queue by id, as it is now. */
  const jobNow = async (
    worker: INestApplicationContext,
    id: string | undefined,
  ): Promise<Job<SendMailPayload>> => {
    const job = id && (await worker.get(JobQueue).queue(QueueName.Mail).getJob(id));
    if (!job) throw new Error(`no mail job ${id}`);
    return job;
  };
  const delivery = async (messageId: string) =>
    (
      await isolated.dataSource.query<
        Array<{
          status: string;
          attempts: number;
          last_error: string | null;
          sent_at: Date | null;
          recipient: string;
        }>
      >('SELECT status, attempts, last_error, sent_at, recipient FROM mail_delivery WHERE message_id = $1', [
        messageId,
      ])
    )[0];

  it('delivers into the development outbox, shown newest first at /api/dev/mail?to=', async () => {
    const worker = await startWorker({ REDIS_PREFIX: `${process.env.REDIS_PREFIX}-mail1` });
    expect(worker.get(MailTransport)).toBeInstanceOf(OutboxMailTransport);
    const to = uniqueEmail('outbox');
    const mail = worker.get(MailService);
    await mail.send({
      to,
      template: 'registration-code',
      locale: 'ru',
      data: { code: '482913', firstName: 'Анна' },
    });
    const other = uniqueEmail('other');
    await mail.send({ to: other, template: 'password-changed', locale: 'en', data: {} });
    await waitFor(async () => ((await outbox(to)).length === 1 ? true : undefined));
    await mail.send({
      to,
      template: 'login-code',
      locale: 'en',
      data: { code: '771204' },
      correlationId: 'req-1',
    });

    const mails = await waitFor(async () => {
      const found = await outbox(to.toUpperCase());
      return found.length === 2 ? found : undefined;
    });
    expect(mails.map((m) => m.subject)).toEqual([
      'Your sign-in code — Clinic',
      'Код подтверждения регистрации — Клиника',
    ]);
    const [login, registration] = mails;
    expect(Object.keys(registration).sort()).toEqual(['createdAt', 'html', 'id', 'subject', 'text', 'to']);
    expect(registration.to).toBe(to);
    expect(registration.text).toContain('Здравствуйте, Анна!');
    expect(registration.text).toContain('482913');
    expect(registration.html).toContain('<html lang="ru">');
    expect(login.text).toContain('771204');
    expect(login.html).toContain('<html lang="en">');
    expect(new Date(login.createdAt).getTime()).toBeGreaterThanOrEqual(
      new Date(registration.createdAt).getTime(),
    );
    expect(await delivery(registration.id)).toMatchObject({ status: 'sent', attempts: 1, recipient: to });

    await waitFor(async () => ((await outbox(other)).length === 1 ? true : undefined));
    expect((await outbox()).map((m) => m.to)).toEqual(expect.arrayContaining([to, other]));
    const cleared = await fetch(api.url('/api/dev/mail'), { method: 'DELETE' });
    expect(cleared.status).toBe(204);
    expect(await outbox()).toEqual([]);
  });

  it('keeps retrying while the SMTP server is down, then delivers once it is back, exactly once', async () => {
    const prefix = `${process.env.REDIS_PREFIX}-mail2`;
    const down = await startWorker({ REDIS_PREFIX: prefix, SMTP_URL: 'smtp://127.0.0.1:9' });
    expect(down.get(MailTransport)).toBeInstanceOf(SmtpMailTransport);
    const to = uniqueEmail('smtp');
    await down.get(MailService).send({ to, template: 'login-code', locale: 'en', data: { code: '550013' } });
    const job = await mailJob(down, to);
    const { messageId } = job.data;
    expect(job.id).toBe(messageId);
    expect(job.opts.attempts).toBeGreaterThanOrEqual(8);
    expect(job.opts.backoff).toMatchObject({ type: 'exponential' });

    // First attempt fails and is rescheduled; skip the backoff wait and watch the second fail too.
    await waitFor(async () => ((await job.getState()) === 'delayed' ? true : undefined));
    await job.promote();
    const retried = await waitFor(async () => {
      const current = await jobNow(down, job.id);
      return current.attemptsMade >= 2 && (await current.getState()) === 'delayed' ? current : undefined;
    });
    expect(retried.attemptsMade).toBeGreaterThan(1);
    expect(retried.failedReason).toMatch(/ECONNREFUSED|connect/i);
    expect(await delivery(messageId)).toMatchObject({ status: 'sending', attempts: 2, sent_at: null });
    expect((await delivery(messageId)).last_error).toMatch(/ECONNREFUSED|connect/i);
    await down.close();
    workers.splice(workers.indexOf(down), 1);

    const smtp = await startSmtpTestServer();
    servers.push(smtp);
    const up = await startWorker({ REDIS_PREFIX: prefix, SMTP_URL: smtp.url });
    await (await jobNow(up, job.id)).promote();
    await waitFor(async () =>
      (await (await jobNow(up, job.id)).getState()) === 'completed' ? true : undefined,
    );
    expect(smtp.received).toHaveLength(1);
    const [received] = smtp.received;
    expect(received.to).toEqual([to]);
    expect(received.from).toBe('no-reply@clinic.local');
    expect(received.data).toContain(`Message-ID: <${messageId}@clinic.local>`);
    expect(received.data).toContain('550013');
    const sent = await delivery(messageId);
    expect(sent).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(sent.sent_at).toBeInstanceOf(Date);

    // The same mail again (a retry after a crash between sending and the job's acknowledgement).
    const again = await up.get(JobQueue).add(JobName.SendMail, job.data, { jobId: randomUUID() });
    await waitFor(async () => ((await again.getState()) === 'completed' ? true : undefined));
    expect((await jobNow(up, again.id)).returnvalue).toEqual({
      messageId,
      sent: false,
      reason: 'already-sent',
    });
    expect(smtp.received).toHaveLength(1);
    expect(await outbox(to)).toEqual([]);
  });

  it('gives up at once when the server refuses the recipient for good', async () => {
    const smtp = await startSmtpTestServer({ rejectRecipients: /^nobody-/ });
    servers.push(smtp);
    const worker = await startWorker({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-mail3`,
      SMTP_URL: smtp.url,
    });
    const to = uniqueEmail('nobody');
    await worker.get(MailService).send({ to, template: 'password-changed', locale: 'ru', data: {} });
    const job = await mailJob(worker, to);
    await waitFor(async () => ((await job.getState()) === 'failed' ? true : undefined));
    const failed = await jobNow(worker, job.id);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toMatch(/refused the mail/);
    expect(smtp.received).toHaveLength(0);
  });

  it('waits while another attempt holds the mail (a stalled job still sending), then sends it once', async () => {
    const worker = await startWorker({ REDIS_PREFIX: `${process.env.REDIS_PREFIX}-mail5` });
    const to = uniqueEmail('busy');
    const messageId = randomUUID();
    await isolated.dataSource.query(
      `INSERT INTO mail_delivery (message_id, recipient, template, status, attempts, claimed_until)
       VALUES ($1, $2, 'password-changed', 'sending', 1, now() + interval '1 hour')`,
      [messageId, to],
    );
    const job = await worker
      .get(JobQueue)
      .add(
        JobName.SendMail,
        { messageId, to, template: 'password-changed', locale: 'ru', data: {} },
        { attempts: 3 },
      );
    await waitFor(async () => ((await job.getState()) === 'delayed' ? true : undefined));
    expect((await jobNow(worker, job.id)).failedReason).toMatch(/being sent by another attempt/);
    expect(await outbox(to)).toEqual([]);

    await isolated.dataSource.query(`UPDATE mail_delivery SET claimed_until = now() WHERE message_id = $1`, [
      messageId,
    ]);
    await job.promote();
    await waitFor(async () => ((await job.getState()) === 'completed' ? true : undefined));
    expect(await outbox(to)).toHaveLength(1);
    expect(await delivery(messageId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails a mail whose data its template lacks, without retrying', async () => {
    const worker = await startWorker({ REDIS_PREFIX: `${process.env.REDIS_PREFIX}-mail4` });
    const to = uniqueEmail('nodata');
    await worker.get(MailService).send({ to, template: 'login-code', locale: 'ru', data: {} });
    const job = await mailJob(worker, to);
    await waitFor(async () => ((await job.getState()) === 'failed' ? true : undefined));
    expect((await jobNow(worker, job.id)).failedReason).toMatch(/needs data\.code/);
    expect(await delivery(job.data.messageId)).toBeUndefined();
  });
});

describe('mail: the development outbox in production', () => {
  it('does not exist', async () => {
    const api = await startApi({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) });
    try {
      expect((await fetch(api.url('/api/dev/mail'))).status).toBe(404);
      expect((await fetch(api.url('/api/dev/mail'), { method: 'DELETE' })).status).toBe(404);
      const doc = await (await fetch(api.url('/api/docs-json'))).json();
      expect(Object.keys(doc.paths)).not.toContain('/api/dev/mail');
    } finally {
      await api.close();
    }
  });
});

import type { JobsOptions } from 'bullmq';

/**
 * Retries of a mail job: 10 attempts with exponential backoff from 5 s (5 s, 10 s, 20 s, …
 * about 43 minutes in all) ride out a mail server that is down or restarting. A job that
 * still fails is kept in the queue's failed set (see the queue dashboard) and can be retried
 * from there; nothing is lost. Completed jobs — which hold one-time codes — leave Redis after
 * an hour, long after those codes have expired.
 */
export const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: false,
};

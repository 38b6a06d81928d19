export interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** Subjects of the English mails, by template. */
export const SUBJECT = {
  registrationCode: /registration code/i,
  registrationAttempt: /tried to register/i,
  loginCode: /sign-in code/i,
  resetCode: /password reset code/i,
  passwordChanged: /password was changed/i,
  emailChangeCode: /confirm your new email/i,
  locked: /sign-in temporarily locked/i,
};

/** Reads the development outbox the worker writes to (`GET /api/dev/mail`). */
export class Mailbox {
  constructor(private readonly base: (path: string) => string) {}

  async list(to: string, subject?: RegExp): Promise<DevMail[]> {
    const res = await fetch(this.base(`/api/dev/mail?to=${encodeURIComponent(to)}`));
    if (res.status !== 200) throw new Error(`outbox answered ${res.status}`);
    const mails = (await res.json()) as DevMail[];
    return subject ? mails.filter((m) => subject.test(m.subject)) : mails;
  }

  /** Waits until `count` mails to `to` match `subject`; returns the newest. */
  async waitFor(to: string, subject: RegExp, count = 1, timeoutMs = 15_000): Promise<DevMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mails = await this.list(to, subject);
      if (mails.length >= count) return mails[0];
      if (Date.now() > until) throw new Error(`no mail ${subject} #${count} to ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The 6-digit code of the newest matching mail (waiting for the `count`-th). */
  async code(to: string, subject: RegExp, count = 1): Promise<string> {
    const mail = await this.waitFor(to, subject, count);
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
    if (!code) throw new Error(`no code in mail: ${mail.text}`);
    return code;
  }
}

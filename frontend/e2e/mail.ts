import { baseUrl } from './browser';

interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/**
 * Waits for a new mail to `to` in the development outbox (`GET /api/dev/mail?to=`; the worker
 * delivers it a moment after the request) and returns its 6-digit code.
 *
 * @param seen ids of mails already read, so a later call waits for the next mail
 */
export async function mailedCode(to: string, seen: Set<string>, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl()}/api/dev/mail?to=${encodeURIComponent(to)}`);
    if (!response.ok) throw new Error(`GET /api/dev/mail answered ${response.status}`);
    const mails = (await response.json()) as OutboxMail[];
    const fresh = mails
      .filter((mail) => !seen.has(mail.id))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const code = fresh ? /\b(\d{6})\b/.exec(fresh.text)?.[1] : undefined;
    if (fresh && code) {
      seen.add(fresh.id);
      return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail with a code reached ${to} within ${timeoutMs} ms`);
}

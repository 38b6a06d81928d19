import {
  registration,
  signedUpPatient,
  startAccountsStack,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';
import { ageSends } from './support/send-window';

describe('accounts: registration with an emailed code', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-reg');
  });
  afterAll(() => stack.close());

  const accountRows = (email: string) =>
    stack.db.query<Array<{ id: string; status: string; email: string }>>(
      `SELECT id, status, email FROM account WHERE lower(email) = lower($1)`,
      [email],
    );

  it('registers, mails a code, confirms into the personal account with the self profile', async () => {
    const data = registration({ snils: '123 456 789 64' });
    const client = stack.client();
    const registered = await client.post('/api/auth/register', data);
    expect(registered.status).toBe(202);
    expect(registered.body).toEqual({ message: expect.any(String) });

    const code = await stack.mailbox.code(data.email, SUBJECT.registrationCode);
    const confirmed = await client.post('/api/auth/register/confirm', { email: data.email, code });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
    const cookie = confirmed.headers.getSetCookie().find((c) => c.startsWith('refresh_token='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.account).toMatchObject({
      email: data.email,
      role: 'patient',
      locale: 'en',
      phone: '+79123456789',
      twoFactor: null,
    });
    expect(me.body.profile).toMatchObject({
      lastName: 'Иванова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      birthDate: '1985-03-15',
      sex: 'female',
      verificationStatus: 'unverified',
      verificationMethod: null,
      failureReason: null,
    });
    const [row] = await stack.db.query(
      `SELECT a.status, a.consent_version, a.consent_at, a.pending_profile, p.snils, p.email, pa.relation
         FROM account a JOIN profile_access pa ON pa.account_id = a.id JOIN profile p ON p.id = pa.profile_id
        WHERE a.email = $1`,
      [data.email],
    );
    expect(row).toMatchObject({
      status: 'active',
      consent_version: '2026-11',
      pending_profile: null,
      snils: '12345678964',
      email: data.email,
      relation: 'self',
    });
    expect(row.consent_at).toBeInstanceOf(Date);
  });

  it('answers a taken address exactly like a new one, and tells the owner instead of sending a code', async () => {
    const { email } = await signedUpPatient(stack);
    await ageSends(stack.redis, stack.prefix, 'registration', email, 61);
    const taken = await stack
      .client()
      .post('/api/auth/register', registration({ email: email.toUpperCase(), firstName: 'Мария' }));
    const fresh = await stack.client().post('/api/auth/register', registration());
    expect(taken.status).toBe(202);
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    await stack.mailbox.waitFor(email, SUBJECT.registrationAttempt);
    expect(await stack.mailbox.list(email, SUBJECT.registrationCode)).toHaveLength(1);
    const rows = await accountRows(email);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('active');
  });

  it('lets an unconfirmed address register again, replacing the pending data, never a second account', async () => {
    const data = registration();
    const client = stack.client();
    expect((await client.post('/api/auth/register', data)).status).toBe(202);
    const firstCode = await stack.mailbox.code(data.email, SUBJECT.registrationCode);
    await ageSends(stack.redis, stack.prefix, 'registration', data.email, 61);
    const again = await client.post('/api/auth/register', {
      ...data,
      email: data.email.toUpperCase(),
      firstName: 'Мария',
    });
    expect(again.status).toBe(202);
    const secondCode = await stack.mailbox.code(data.email, SUBJECT.registrationCode, 2);
    expect(await accountRows(data.email)).toHaveLength(1);
    if (firstCode !== secondCode) {
      const old = await client.post('/api/auth/register/confirm', { email: data.email, code: firstCode });
      expect(old.status).toBe(400);
    }
    const confirmed = await client.post('/api/auth/register/confirm', {
      email: data.email,
      code: secondCode,
    });
    expect(confirmed.status).toBe(200);
    expect((await client.get('/api/me')).body.profile.firstName).toBe('Мария');
  });

  describe('refuses bad input with field messages and writes nothing', () => {
    it.each([
      ['password', { password: 'password123' }],
      ['password', { password: 'ivanova1985' }],
      ['password', { password: 'anna-ivanova-15031985' }],
      ['password', { password: 'short' }],
      ['snils', { snils: '123-456-789 65' }],
      ['snils', { snils: '12345' }],
      ['lastName', { lastName: 'Ivanova2' }],
      ['firstName', { firstName: '<script>' }],
      ['birthDate', { birthDate: '2999-01-01' }],
      ['birthDate', { birthDate: '1850-01-01' }],
      ['birthDate', { birthDate: '1985-02-30' }],
      ['sex', { sex: 'other' }],
      ['consent', { consent: false }],
      ['phone', { phone: '12' }],
      ['email', { email: 'not-an-email' }],
    ])('%s: %j', async (field, change) => {
      const data = registration(change);
      const res = await stack.client().post('/api/auth/register', data);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      expect(res.body.fields[field][0]).toEqual(expect.any(String));
      const [{ count }] = await stack.db.query(
        `SELECT count(*)::int AS count FROM account WHERE email = $1`,
        [data.email],
      );
      expect(count).toBe(0);
    });

    it('says why a password is too easy to guess', async () => {
      const res = await stack.client().post('/api/auth/register', registration({ password: 'qwertyuiop12' }));
      expect(res.status).toBe(400);
      expect(res.body.fields.password[0]).toMatch(/too easy to guess/);
    });
  });

  describe('codes', () => {
    const pending = async () => {
      const data = registration();
      const client = stack.client();
      expect((await client.post('/api/auth/register', data)).status).toBe(202);
      return {
        client,
        email: data.email as string,
        code: await stack.mailbox.code(data.email as string, SUBJECT.registrationCode),
      };
    };
    const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    it('refuses a wrong code with a field message, then accepts the right one', async () => {
      const { client, email, code } = await pending();
      const res = await client.post('/api/auth/register/confirm', { email, code: wrong(code) });
      expect(res.status).toBe(400);
      expect(res.body.fields.code).toEqual([expect.stringMatching(/wrong or has expired/)]);
      expect((await client.post('/api/auth/register/confirm', { email, code })).status).toBe(200);
    });

    it('stores only a keyed hash of the code', async () => {
      const { email, code } = await pending();
      const rows = await stack.db.query(
        `SELECT c.* FROM one_time_code c JOIN account a ON a.id = c.account_id WHERE a.email = $1`,
        [email],
      );
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(code);
    });

    it('refuses an expired code', async () => {
      const { client, email, code } = await pending();
      await stack.db.query(
        `UPDATE one_time_code SET expires_at = now() - interval '1 second', created_at = now() - interval '15 minutes'
          WHERE account_id = (SELECT id FROM account WHERE email = $1)`,
        [email],
      );
      const res = await client.post('/api/auth/register/confirm', { email, code });
      expect(res.status).toBe(400);
      expect((await accountRows(email))[0].status).toBe('pending');
    });

    it('uses a code once', async () => {
      const { client, email, code } = await pending();
      expect((await client.post('/api/auth/register/confirm', { email, code })).status).toBe(200);
      const again = await stack.client().post('/api/auth/register/confirm', { email, code });
      expect(again.status).toBe(400);
    });

    it('kills a code after 5 wrong tries, even for the right one', async () => {
      const { client, email, code } = await pending();
      for (let i = 0; i < 5; i++) {
        expect((await client.post('/api/auth/register/confirm', { email, code: wrong(code) })).status).toBe(
          400,
        );
      }
      const right = await client.post('/api/auth/register/confirm', { email, code });
      expect(right.status).toBe(400);
      expect((await accountRows(email))[0].status).toBe('pending');
    });

    it('counts parallel guesses: never more than 5 tries of one code', async () => {
      const { email, code } = await pending();
      const guesses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          stack.client().post('/api/auth/register/confirm', { email, code: wrong(String(Number(code) + i)) }),
        ),
      );
      expect(guesses.every((g) => g.status === 400)).toBe(true);
      const [{ attempts }] = await stack.db.query(
        `SELECT attempts FROM one_time_code WHERE account_id = (SELECT id FROM account WHERE email = $1)`,
        [email],
      );
      expect(attempts).toBe(5);
    });

    it('answers confirm for an unknown address like a wrong code', async () => {
      const res = await stack
        .client()
        .post('/api/auth/register/confirm', { email: uniqueEmail('nobody'), code: '123456' });
      expect(res.status).toBe(400);
      expect(res.body.fields.code).toEqual([expect.stringMatching(/wrong or has expired/)]);
    });
  });

  describe('resend', () => {
    it('waits 60 s between codes, then sends a new one that replaces the old', async () => {
      const data = registration();
      const client = stack.client();
      expect((await client.post('/api/auth/register', data)).status).toBe(202);
      const first = await stack.mailbox.code(data.email, SUBJECT.registrationCode);
      const early = await client.post('/api/auth/register/resend', { email: data.email });
      expect(early.status).toBe(429);
      expect(early.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(early.body.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(early.headers.get('retry-after')).toBe(String(early.body.retryAfterSeconds));

      await ageSends(stack.redis, stack.prefix, 'registration', data.email, 61);
      const resent = await client.post('/api/auth/register/resend', { email: data.email });
      expect(resent.status).toBe(202);
      const second = await stack.mailbox.code(data.email, SUBJECT.registrationCode, 2);
      if (first !== second) {
        expect(
          (await client.post('/api/auth/register/confirm', { email: data.email, code: first })).status,
        ).toBe(400);
      }
      expect(
        (await client.post('/api/auth/register/confirm', { email: data.email, code: second })).status,
      ).toBe(200);
    });

    it('sends at most 5 codes an hour', async () => {
      const data = registration();
      const client = stack.client();
      expect((await client.post('/api/auth/register', data)).status).toBe(202);
      for (let i = 0; i < 4; i++) {
        await ageSends(stack.redis, stack.prefix, 'registration', data.email, 61);
        expect((await client.post('/api/auth/register/resend', { email: data.email })).status).toBe(202);
      }
      await ageSends(stack.redis, stack.prefix, 'registration', data.email, 61);
      const sixth = await client.post('/api/auth/register/resend', { email: data.email });
      expect(sixth.status).toBe(429);
      expect(sixth.body.retryAfterSeconds).toBeGreaterThan(60);
      await stack.mailbox.waitFor(data.email, SUBJECT.registrationCode, 5);
      expect(await stack.mailbox.list(data.email, SUBJECT.registrationCode)).toHaveLength(5);
    });

    it('answers the same for unknown, pending and active addresses', async () => {
      const { email: active } = await signedUpPatient(stack);
      const data = registration();
      expect((await stack.client().post('/api/auth/register', data)).status).toBe(202);
      await ageSends(stack.redis, stack.prefix, 'registration', data.email, 61);
      await ageSends(stack.redis, stack.prefix, 'registration', active, 61);
      const answers = await Promise.all(
        [uniqueEmail('unknown'), data.email, active].map((email) =>
          stack.client().post('/api/auth/register/resend', { email }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
      expect(answers[0].body).toEqual(answers[1].body);
      expect(answers[0].body).toEqual(answers[2].body);
      // Unknown addresses are limited too, so a 429 says nothing about registration.
      const unknown = uniqueEmail('unknown');
      await stack.client().post('/api/auth/register/resend', { email: unknown });
      expect((await stack.client().post('/api/auth/register/resend', { email: unknown })).status).toBe(429);
    });
  });
});

import {
  registration,
  signedUpPatient,
  startAccountsStack,
  STRONG_PASSWORD,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';

const WRONG = 'Wrong email or password';
const withoutId = (body: Record<string, unknown>) => ({ ...body, correlationId: undefined });

describe('accounts: sign-in, lockout, refresh and sign-out', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-login');
  });
  afterAll(() => stack.close());

  it('signs in with the right password, whatever the case of the email', async () => {
    const { email, password } = await signedUpPatient(stack);
    const client = stack.client();
    const res = await client.post('/api/auth/login', { email: email.toUpperCase(), password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
    expect(client.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.account.email).toBe(email);
    const [event] = await stack.db.query(
      `SELECT success, ip::text AS ip FROM audit_event WHERE action = 'auth.sign-in' AND account_id = (SELECT id FROM account WHERE email = $1)
        ORDER BY at DESC LIMIT 1`,
      [email],
    );
    expect(event).toMatchObject({ success: true });
    expect(event.ip).toContain(client.ip);
  });

  it('answers an unknown email, a wrong password and an unconfirmed account identically', async () => {
    const { email } = await signedUpPatient(stack);
    const pending = registration();
    expect((await stack.client().post('/api/auth/register', pending)).status).toBe(202);
    const answers = await Promise.all([
      stack.client().post('/api/auth/login', { email: uniqueEmail('nobody'), password: STRONG_PASSWORD }),
      stack.client().post('/api/auth/login', { email, password: 'not-the-password-1' }),
      stack.client().post('/api/auth/login', { email: pending.email, password: pending.password }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(withoutId(answer.body)).toEqual(withoutId(answers[0].body));
    }
    expect(answers[0].body.message).toBe(WRONG);
  });

  it('spends the same password-hashing work on an unknown address as on a wrong password', async () => {
    const { email } = await signedUpPatient(stack);
    const timed = async (body: object) => {
      const started = performance.now();
      await stack.client().post('/api/auth/login', body);
      return performance.now() - started;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      // Interleaved, so both see the same load.
      unknown.push(await timed({ email: uniqueEmail('timing'), password: `timing-guess-${i}` }));
      wrong.push(await timed({ email, password: `timing-guess-${i}` }));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[3];
    // Without the dummy argon2 check an unknown address answers several times faster.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.5);
  });

  it('locks after 10 failures in a row, tells the owner, and refuses even the right password', async () => {
    const { email, password } = await signedUpPatient(stack);
    const client = stack.client();
    for (let i = 1; i <= 9; i++) {
      const res = await client.post('/api/auth/login', { email, password: `wrong-password-${i}` });
      expect(res.status).toBe(401);
      expect(res.body.message).toBe(WRONG);
    }
    const tenth = await client.post('/api/auth/login', { email, password: 'wrong-password-10' });
    expect(tenth.status).toBe(401);
    expect(tenth.body.message).toMatch(/blocked for 15 minutes/);
    const right = await client.post('/api/auth/login', { email, password });
    expect(right.status).toBe(401);
    expect(right.body.message).toBe(tenth.body.message);
    const mail = await stack.mailbox.waitFor(email, SUBJECT.locked);
    expect(mail.text).toContain('15');
    const [account] = await stack.db.query(
      `SELECT failed_login_count, locked_until > now() AS locked FROM account WHERE email = $1`,
      [email],
    );
    expect(account).toEqual({ failed_login_count: 0, locked: true });
    const [{ count }] = await stack.db.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'auth.locked' AND account_id = (SELECT id FROM account WHERE email = $1)`,
      [email],
    );
    expect(count).toBe(1);

    // Fifteen minutes later the right password works again.
    await stack.db.query(`UPDATE account SET locked_until = now() - interval '1 second' WHERE email = $1`, [
      email,
    ]);
    expect((await client.post('/api/auth/login', { email, password })).status).toBe(200);
  });

  it('answers ten failures for an unknown address with the same lock message', async () => {
    const email = uniqueEmail('ghost');
    const client = stack.client();
    const answers = [];
    for (let i = 0; i < 11; i++)
      answers.push(await client.post('/api/auth/login', { email, password: `guess-number-${i}` }));
    expect(answers.slice(0, 9).every((a) => a.body.message === WRONG)).toBe(true);
    expect(answers[9].status).toBe(401);
    expect(answers[9].body.message).toMatch(/blocked for 15 minutes/);
    expect(answers[10].body.message).toBe(answers[9].body.message);
  });

  it('a success resets the failure count', async () => {
    const { email, password } = await signedUpPatient(stack);
    const client = stack.client();
    for (let i = 0; i < 5; i++)
      await client.post('/api/auth/login', { email, password: `wrong-${i}-password` });
    expect((await client.post('/api/auth/login', { email, password })).status).toBe(200);
    const [account] = await stack.db.query(`SELECT failed_login_count FROM account WHERE email = $1`, [
      email,
    ]);
    expect(account.failed_login_count).toBe(0);
  });

  it('limits sign-in attempts per client address', async () => {
    const client = stack.client();
    const answers = [];
    for (let i = 0; i < 21; i++) {
      answers.push(
        await client.post('/api/auth/login', { email: uniqueEmail('spray'), password: 'some-password-1' }),
      );
    }
    expect(answers.slice(0, 20).every((a) => a.status === 401)).toBe(true);
    expect(answers[20].status).toBe(429);
    expect(answers[20].body.retryAfterSeconds).toBeGreaterThan(0);
    expect(answers[20].body.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect(
      (await stack.client().post('/api/auth/login', { email: uniqueEmail('spray'), password: 'x' })).status,
    ).toBe(401);
  });

  describe('refresh tokens', () => {
    it('rotates: a new access token and a new cookie in the same session', async () => {
      const { client } = await signedUpPatient(stack);
      const first = client.refreshToken!;
      const firstAccess = client.accessToken!;
      const refreshed = await client.post('/api/auth/refresh');
      expect(refreshed.status).toBe(200);
      expect(refreshed.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
      expect(client.refreshToken).toBeDefined();
      expect(client.refreshToken).not.toBe(first);
      // Both access tokens name the same session, which stands.
      expect((await client.get('/api/me', { token: firstAccess })).status).toBe(200);
      expect((await client.get('/api/me')).status).toBe(200);
      const sessions = await client.get('/api/me/sessions');
      expect(sessions.body).toHaveLength(1);
    });

    it('ends the whole session when a rotated token is presented again', async () => {
      const { client, email } = await signedUpPatient(stack);
      const stolen = client.refreshToken!;
      expect((await client.post('/api/auth/refresh')).status).toBe(200);
      const current = client.refreshToken!;

      const replay = await stack.client().post('/api/auth/refresh', undefined, { refreshToken: stolen });
      expect(replay.status).toBe(401);
      expect(replay.headers.getSetCookie().some((c) => /^refresh_token=;/.test(c))).toBe(true);
      // The legitimate holder's newer token and access token are dead too.
      expect((await client.post('/api/auth/refresh', undefined, { refreshToken: current })).status).toBe(401);
      expect((await client.get('/api/me')).status).toBe(401);
      const [{ count }] = await stack.db.query(
        `SELECT count(*)::int AS count FROM refresh_session s JOIN account a ON a.id = s.account_id
          WHERE a.email = $1 AND s.revoked_at IS NULL`,
        [email],
      );
      expect(count).toBe(0);
    });

    it('gives exactly one winner when two requests rotate the same token at once (and the copy ends the session)', async () => {
      const { client, email, password } = await signedUpPatient(stack);
      for (let round = 0; round < 5; round++) {
        expect((await client.post('/api/auth/login', { email, password })).status).toBe(200);
        const token = client.refreshToken!;
        const results = await Promise.all(
          [1, 2].map(() => stack.client().post('/api/auth/refresh', undefined, { refreshToken: token })),
        );
        expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
        const winner = results.find((r) => r.status === 200)!;
        expect((await client.get('/api/me', { token: winner.body.accessToken })).status).toBe(401);
      }
    });

    it('refuses no cookie, an unknown cookie, and an expired session', async () => {
      const client = stack.client();
      expect((await client.post('/api/auth/refresh')).status).toBe(401);
      expect(
        (await client.post('/api/auth/refresh', undefined, { refreshToken: 'x'.repeat(43) })).status,
      ).toBe(401);
      const { client: signedIn, email } = await signedUpPatient(stack);
      await stack.db.query(
        `UPDATE refresh_session SET expires_at = now() - interval '1 second' WHERE account_id = (SELECT id FROM account WHERE email = $1)`,
        [email],
      );
      expect((await signedIn.post('/api/auth/refresh')).status).toBe(401);
      expect((await signedIn.get('/api/me')).status).toBe(401);
    });
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { client } = await signedUpPatient(stack);
    const token = client.refreshToken!;
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().some((c) => /^refresh_token=;.*Path=\/api\/auth/.test(c))).toBe(true);
    expect(client.refreshToken).toBeUndefined();
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.post('/api/auth/refresh', undefined, { refreshToken: token })).status).toBe(401);
    expect((await stack.client().post('/api/auth/logout')).status).toBe(204);
  });

  it('refuses anonymous, tampered and malformed tokens', async () => {
    const { client } = await signedUpPatient(stack);
    const anonymous = await stack.client().get('/api/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const [header, payload, signature] = client.accessToken!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    expect((await client.get('/api/me', { token: `${header}.${forged}.${signature}` })).status).toBe(401);
    expect((await client.get('/api/me', { token: 'not.a.token' })).status).toBe(401);
  });
});

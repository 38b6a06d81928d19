import { Secret, TOTP } from 'otpauth';
import {
  signedUpPatient,
  startAccountsStack,
  STRONG_PASSWORD,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';

const totpCode = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp,
  });

describe('accounts: two-step sign-in', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-2fa');
  });
  afterAll(() => stack.close());

  describe('by email', () => {
    it('asks for a mailed code after the password, and signs in with it once', async () => {
      const { client, email } = await signedUpPatient(stack);
      expect((await client.post('/api/me/two-factor/email', { password: 'not-the-password-1' })).status).toBe(
        400,
      );
      expect((await client.post('/api/me/two-factor/email', { password: STRONG_PASSWORD })).status).toBe(204);
      expect((await client.get('/api/me')).body.account.twoFactor).toBe('email');

      const device = stack.client();
      const step1 = await device.post('/api/auth/login', { email, password: STRONG_PASSWORD });
      expect(step1.status).toBe(200);
      expect(step1.body).toEqual({
        twoFactorRequired: true,
        method: 'email',
        challengeToken: expect.any(String),
      });
      expect(device.refreshToken).toBeUndefined();
      // The challenge is not an access token.
      expect((await device.get('/api/me', { token: step1.body.challengeToken })).status).toBe(401);

      const code = await stack.mailbox.code(email, SUBJECT.loginCode);
      const wrong = await device.post('/api/auth/login/two-factor', {
        challengeToken: step1.body.challengeToken,
        code: code === '000000' ? '000001' : '000000',
      });
      expect(wrong.status).toBe(401);
      const step2 = await device.post('/api/auth/login/two-factor', {
        challengeToken: step1.body.challengeToken,
        code,
      });
      expect(step2.status).toBe(200);
      expect(step2.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
      expect(device.refreshToken).toBeDefined();
      expect((await device.get('/api/me')).status).toBe(200);
      const replay = await stack
        .client()
        .post('/api/auth/login/two-factor', { challengeToken: step1.body.challengeToken, code });
      expect(replay.status).toBe(401);
    });

    it('refuses a forged or foreign challenge', async () => {
      const { client } = await signedUpPatient(stack);
      const res = await stack
        .client()
        .post('/api/auth/login/two-factor', { challengeToken: client.accessToken, code: '123456' });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/expired/);
    });
  });

  describe('with an authenticator app', () => {
    const enableTotp = async () => {
      const patient = await signedUpPatient(stack);
      const setup = await patient.client.post('/api/me/two-factor/totp/setup', { password: STRONG_PASSWORD });
      expect(setup.status).toBe(200);
      expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(setup.body.otpauthUrl).toMatch(
        /^otpauth:\/\/totp\/Clinic%20portal:.+\?.*issuer=Clinic%20portal/,
      );
      expect(setup.body.otpauthUrl).toContain(`secret=${setup.body.secret}`);
      expect(setup.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      // Not on until a code from the app is confirmed.
      expect((await patient.client.get('/api/me')).body.account.twoFactor).toBeNull();
      const wrong = await patient.client.post('/api/me/two-factor/totp/confirm', {
        code: '000000' === totpCode(setup.body.secret) ? '111111' : '000000',
      });
      expect(wrong.status).toBe(400);
      const confirmed = await patient.client.post('/api/me/two-factor/totp/confirm', {
        code: totpCode(setup.body.secret),
      });
      expect(confirmed.status).toBe(200);
      return {
        ...patient,
        secret: setup.body.secret as string,
        recoveryCodes: confirmed.body.recoveryCodes as string[],
      };
    };

    const challenge = async (email: string) => {
      const res = await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD });
      expect(res.body).toMatchObject({ twoFactorRequired: true, method: 'totp' });
      return res.body.challengeToken as string;
    };

    it('turns on with a code from the app, gives 10 recovery codes, and keeps the secret sealed', async () => {
      const { client, email, secret, recoveryCodes } = await enableTotp();
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
      expect((await client.get('/api/me')).body.account.twoFactor).toBe('totp');
      const [row] = await stack.db.query(`SELECT * FROM account WHERE email = $1`, [email]);
      expect(JSON.stringify(row)).not.toContain(secret);
      const stored = await stack.db.query(`SELECT code_hash FROM recovery_code WHERE account_id = $1`, [
        row.id,
      ]);
      expect(stored).toHaveLength(10);
      expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]);
    });

    it('signs in with the app code, and the same code only once', async () => {
      const { email, secret } = await enableTotp();
      // The confirm used the current step; the next sign-in takes the next one.
      const code = totpCode(secret, Date.now() + 30_000);
      const device = stack.client();
      const ok = await device.post('/api/auth/login/two-factor', {
        challengeToken: await challenge(email),
        code,
      });
      expect(ok.status).toBe(200);
      expect((await device.get('/api/me')).status).toBe(200);
      const replay = await stack
        .client()
        .post('/api/auth/login/two-factor', { challengeToken: await challenge(email), code });
      expect(replay.status).toBe(401);
    });

    it('accepts each recovery code once, typed in any case', async () => {
      const { email, recoveryCodes } = await enableTotp();
      const first = await stack.client().post('/api/auth/login/two-factor', {
        challengeToken: await challenge(email),
        code: recoveryCodes[0].toUpperCase(),
      });
      expect(first.status).toBe(200);
      const again = await stack.client().post('/api/auth/login/two-factor', {
        challengeToken: await challenge(email),
        code: recoveryCodes[0],
      });
      expect(again.status).toBe(401);
      const second = await stack.client().post('/api/auth/login/two-factor', {
        challengeToken: await challenge(email),
        code: recoveryCodes[1].replace('-', ''),
      });
      expect(second.status).toBe(200);
      const [event] = await stack.db.query(
        `SELECT details FROM audit_event WHERE action = 'auth.sign-in' AND account_id = (SELECT id FROM account WHERE email = $1)
          ORDER BY at DESC LIMIT 1`,
        [email],
      );
      expect(event.details).toEqual({ twoFactor: 'recovery-code' });
    });

    it('counts wrong second-step codes toward the lockout', async () => {
      const { email, secret } = await enableTotp();
      const token = await challenge(email);
      const right = totpCode(secret, Date.now() + 30_000);
      const wrongCode = right === '000000' ? '000001' : '000000';
      const answers = [];
      for (let i = 0; i < 10; i++) {
        answers.push(
          (
            await stack
              .client()
              .post('/api/auth/login/two-factor', { challengeToken: token, code: wrongCode })
          ).body.message,
        );
      }
      expect(answers[9]).toMatch(/blocked for 15 minutes/);
      const locked = await stack
        .client()
        .post('/api/auth/login/two-factor', { challengeToken: token, code: right });
      expect(locked.status).toBe(401);
      await stack.mailbox.waitFor(email, SUBJECT.locked);
    });

    it('turns off with the password; sign-in is one step again', async () => {
      const { client, email } = await enableTotp();
      expect((await client.delete('/api/me/two-factor', { password: 'not-the-password-1' })).status).toBe(
        400,
      );
      expect((await client.delete('/api/me/two-factor', { password: STRONG_PASSWORD })).status).toBe(204);
      const login = await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD });
      expect(login.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
      const [{ count }] = await stack.db.query(
        `SELECT count(*)::int AS count FROM recovery_code WHERE account_id = (SELECT id FROM account WHERE email = $1)`,
        [email],
      );
      expect(count).toBe(0);
      const actions = await stack.db.query(
        `SELECT action FROM audit_event WHERE account_id = (SELECT id FROM account WHERE email = $1)
            AND action LIKE 'auth.two-factor-%' ORDER BY at`,
        [email],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'auth.two-factor-enabled',
        'auth.two-factor-disabled',
      ]);
    });
  });
});

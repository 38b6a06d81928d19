import { createAccount } from '../../src/accounts/cli/create-account.command';
import {
  OTHER_STRONG_PASSWORD,
  signedUpPatient,
  startAccountsStack,
  STRONG_PASSWORD,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';

describe('accounts: sessions, password change, roles', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-sessions');
  });
  afterAll(() => stack.close());

  /** The same person signed in on a phone and on a laptop. */
  const twoDevices = async () => {
    const patient = await signedUpPatient(stack);
    const laptop = stack.client('Mozilla/5.0 (Windows NT 10.0) Laptop');
    expect(
      (await laptop.post('/api/auth/login', { email: patient.email, password: patient.password })).status,
    ).toBe(200);
    return { ...patient, phone: patient.client, laptop };
  };

  it('lists where I am signed in, marking this session', async () => {
    const { phone, laptop } = await twoDevices();
    const res = await laptop.get('/api/me/sessions');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    const current = res.body.find((s: { current: boolean }) => s.current);
    expect(current).toMatchObject({ userAgent: 'Mozilla/5.0 (Windows NT 10.0) Laptop', ip: laptop.ip });
    expect(new Date(current.createdAt).getTime()).toBeLessThanOrEqual(new Date(current.lastUsedAt).getTime());
    const other = res.body.find((s: { current: boolean }) => !s.current);
    expect(other.ip).toBe(phone.ip);
    expect(Object.keys(other).sort()).toEqual([
      'createdAt',
      'current',
      'id',
      'ip',
      'lastUsedAt',
      'userAgent',
    ]);
  });

  it('signs out another of my sessions; its tokens stop working at once', async () => {
    const { phone, laptop } = await twoDevices();
    const sessions = (await laptop.get('/api/me/sessions')).body;
    const phoneSession = sessions.find((s: { current: boolean }) => !s.current);
    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await phone.post('/api/auth/refresh')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
    expect((await laptop.get('/api/me/sessions')).body).toHaveLength(1);
    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).status).toBe(404);
  });

  it("cannot touch another account's session (404, and it stays)", async () => {
    const me = await signedUpPatient(stack);
    const someoneElse = await signedUpPatient(stack);
    const [theirs] = (await someoneElse.client.get('/api/me/sessions')).body;
    const res = await me.client.delete(`/api/me/sessions/${theirs.id}`);
    expect(res.status).toBe(404);
    expect((await me.client.delete('/api/me/sessions/not-a-uuid')).status).toBe(404);
    expect((await someoneElse.client.get('/api/me')).status).toBe(200);
  });

  it('signs out everywhere, this session included', async () => {
    const { phone, laptop, email } = await twoDevices();
    expect((await laptop.delete('/api/me/sessions')).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.post('/api/auth/refresh')).status).toBe(401);
    const [{ count }] = await stack.db.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'auth.sessions-revoked-all'
          AND account_id = (SELECT id FROM account WHERE email = $1)`,
      [email],
    );
    expect(count).toBe(1);
  });

  describe('password change', () => {
    it('changes the password, ends my other sessions, keeps this one, and mails me', async () => {
      const { phone, laptop, email } = await twoDevices();
      const res = await laptop.post('/api/me/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword: OTHER_STRONG_PASSWORD,
      });
      expect(res.status).toBe(204);
      expect((await laptop.get('/api/me')).status).toBe(200);
      expect((await phone.get('/api/me')).status).toBe(401);
      expect((await phone.post('/api/auth/refresh')).status).toBe(401);
      expect(
        (await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status,
      ).toBe(401);
      expect(
        (await stack.client().post('/api/auth/login', { email, password: OTHER_STRONG_PASSWORD })).status,
      ).toBe(200);
      await stack.mailbox.waitFor(email, SUBJECT.passwordChanged);
    });

    it('refuses a wrong current password and a guessable new one, changing nothing', async () => {
      const { client, email } = await signedUpPatient(stack);
      const wrong = await client.post('/api/me/password', {
        currentPassword: 'not-my-password-9',
        newPassword: OTHER_STRONG_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(Object.keys(wrong.body.fields)).toEqual(['currentPassword']);
      const weak = await client.post('/api/me/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword: 'annaivanova1985',
      });
      expect(weak.status).toBe(400);
      expect(Object.keys(weak.body.fields)).toEqual(['newPassword']);
      const same = await client.post('/api/me/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword: STRONG_PASSWORD,
      });
      expect(same.status).toBe(400);
      expect(
        (await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status,
      ).toBe(200);
    });
  });

  describe('roles', () => {
    it('keeps staff routes from patients (403) and anonymous callers (401)', async () => {
      const { client, email } = await signedUpPatient(stack);
      const asPatient = await client.get(`/api/admin/accounts?email=${encodeURIComponent(email)}`);
      expect(asPatient.status).toBe(403);
      expect(asPatient.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      expect(
        (await stack.client().get(`/api/admin/accounts?email=${encodeURIComponent(email)}`)).status,
      ).toBe(401);
    });

    it('lets an admin look an account up', async () => {
      const { email } = await signedUpPatient(stack);
      const adminEmail = uniqueEmail('admin');
      await createAccount(stack.db, { role: 'admin', email: adminEmail, password: STRONG_PASSWORD });
      const admin = stack.client();
      expect(
        (await admin.post('/api/auth/login', { email: adminEmail, password: STRONG_PASSWORD })).status,
      ).toBe(200);
      const res = await admin.get(`/api/admin/accounts?email=${encodeURIComponent(email.toUpperCase())}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        {
          id: expect.any(String),
          email,
          role: 'patient',
          status: 'active',
          twoFactor: null,
          lockedUntil: null,
          createdAt: expect.any(String),
        },
      ]);
      expect((await admin.get(`/api/admin/accounts?email=${uniqueEmail('none')}`)).body).toEqual([]);
      const me = await admin.get('/api/me');
      expect(me.body).toMatchObject({ account: { role: 'admin', email: adminEmail }, profile: null });
    });

    it('applies a role change on the next request, not when the token expires', async () => {
      const adminEmail = uniqueEmail('admin');
      await createAccount(stack.db, { role: 'admin', email: adminEmail, password: STRONG_PASSWORD });
      const admin = stack.client();
      await admin.post('/api/auth/login', { email: adminEmail, password: STRONG_PASSWORD });
      await stack.db.query(`UPDATE account SET role = 'staff' WHERE email = $1`, [adminEmail]);
      expect((await admin.get(`/api/admin/accounts?email=${adminEmail}`)).status).toBe(403);
    });
  });
});

import {
  signedUpPatient,
  startAccountsStack,
  STRONG_PASSWORD,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';

describe('accounts: changing the sign-in email', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-email');
  });
  afterAll(() => stack.close());

  it('sends a code to the new address; confirming switches the sign-in address', async () => {
    const { client, email } = await signedUpPatient(stack);
    const newEmail = uniqueEmail('moved');
    const res = await client.post('/api/me/email', {
      newEmail: newEmail.toUpperCase(),
      password: STRONG_PASSWORD,
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ message: expect.any(String) });
    const code = await stack.mailbox.code(newEmail, SUBJECT.emailChangeCode);
    expect(await stack.mailbox.list(email, SUBJECT.emailChangeCode)).toEqual([]);

    expect((await client.post('/api/me/email/confirm', { code })).status).toBe(204);
    const me = await client.get('/api/me');
    expect(me.body.account.email).toBe(newEmail);
    expect(
      (await stack.client().post('/api/auth/login', { email: newEmail, password: STRONG_PASSWORD })).status,
    ).toBe(200);
    expect((await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(
      401,
    );
    const [profile] = await stack.db.query(
      `SELECT p.email FROM profile p JOIN profile_access pa ON pa.profile_id = p.id JOIN account a ON a.id = pa.account_id
        WHERE a.email = $1`,
      [newEmail],
    );
    expect(profile.email).toBe(newEmail);
    const [event] = await stack.db.query(
      `SELECT details FROM audit_event WHERE action = 'account.email-changed' AND account_id = (SELECT id FROM account WHERE email = $1)`,
      [newEmail],
    );
    expect(event.details).toEqual({ from: email, to: newEmail });
    expect((await client.post('/api/me/email/confirm', { code })).status).toBe(400);
  });

  it('answers a taken address like a free one, sends nothing, and confirming fails like a wrong code', async () => {
    const { client } = await signedUpPatient(stack);
    const { email: taken } = await signedUpPatient(stack);
    const { client: other } = await signedUpPatient(stack);
    const [toTaken, toFree] = await Promise.all([
      client.post('/api/me/email', { newEmail: taken, password: STRONG_PASSWORD }),
      other.post('/api/me/email', { newEmail: uniqueEmail('free'), password: STRONG_PASSWORD }),
    ]);
    expect(toTaken.status).toBe(202);
    expect(toTaken.body).toEqual(toFree.body);
    const res = await client.post('/api/me/email/confirm', { code: '123456' });
    expect(res.status).toBe(400);
    expect(res.body.fields.code).toEqual([expect.stringMatching(/wrong or has expired/)]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await stack.mailbox.list(taken, SUBJECT.emailChangeCode)).toEqual([]);
  });

  it('asks for the right password and a different address', async () => {
    const { client, email } = await signedUpPatient(stack);
    const wrong = await client.post('/api/me/email', {
      newEmail: uniqueEmail('x'),
      password: 'not-the-password-1',
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['password']);
    const same = await client.post('/api/me/email', { newEmail: email, password: STRONG_PASSWORD });
    expect(same.status).toBe(400);
    expect(Object.keys(same.body.fields)).toEqual(['newEmail']);
    const invalid = await client.post('/api/me/email', { newEmail: 'nope', password: STRONG_PASSWORD });
    expect(invalid.status).toBe(400);
    expect(
      (await stack.client().post('/api/me/email', { newEmail: uniqueEmail('x'), password: STRONG_PASSWORD }))
        .status,
    ).toBe(401);
  });
});

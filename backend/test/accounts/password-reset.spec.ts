import {
  OTHER_STRONG_PASSWORD,
  signedUpPatient,
  startAccountsStack,
  STRONG_PASSWORD,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';
import { SUBJECT } from './support/mailbox';
import { ageSends } from './support/send-window';

describe('accounts: password recovery', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-reset');
  });
  afterAll(() => stack.close());

  it('answers forgot the same for known and unknown addresses; only the owner gets a code', async () => {
    const { email } = await signedUpPatient(stack);
    const unknown = uniqueEmail('nobody');
    const [known, nobody] = await Promise.all([
      stack.client().post('/api/auth/password/forgot', { email }),
      stack.client().post('/api/auth/password/forgot', { email: unknown }),
    ]);
    expect(known.status).toBe(202);
    expect(nobody.status).toBe(202);
    expect(known.body).toEqual(nobody.body);
    await stack.mailbox.waitFor(email, SUBJECT.resetCode);
    expect(await stack.mailbox.list(unknown)).toEqual([]);
    // The send limit holds for both alike.
    const [knownAgain, nobodyAgain] = await Promise.all([
      stack.client().post('/api/auth/password/forgot', { email }),
      stack.client().post('/api/auth/password/forgot', { email: unknown }),
    ]);
    expect([knownAgain.status, nobodyAgain.status]).toEqual([429, 429]);
  });

  it('resets with the code: new password works, every session ends, a lock lifts, the owner is told', async () => {
    const { client, email } = await signedUpPatient(stack);
    const other = stack.client();
    expect((await other.post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(200);
    await stack.db.query(`UPDATE account SET locked_until = now() + interval '10 minutes' WHERE email = $1`, [
      email,
    ]);

    expect(
      (await stack.client().post('/api/auth/password/forgot', { email: email.toUpperCase() })).status,
    ).toBe(202);
    const code = await stack.mailbox.code(email, SUBJECT.resetCode);
    const reset = await stack
      .client()
      .post('/api/auth/password/reset', { email, code, newPassword: OTHER_STRONG_PASSWORD });
    expect(reset.status).toBe(204);

    expect((await client.get('/api/me')).status).toBe(401);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await client.post('/api/auth/refresh')).status).toBe(401);
    expect((await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(
      401,
    );
    expect(
      (await stack.client().post('/api/auth/login', { email, password: OTHER_STRONG_PASSWORD })).status,
    ).toBe(200);
    await stack.mailbox.waitFor(email, SUBJECT.passwordChanged);
    // The code was used.
    const again = await stack
      .client()
      .post('/api/auth/password/reset', { email, code, newPassword: 'third-lantern-orchard-58' });
    expect(again.status).toBe(400);
  });

  it('refuses a wrong code, and an unknown address the same way', async () => {
    const { email } = await signedUpPatient(stack);
    await stack.client().post('/api/auth/password/forgot', { email });
    const code = await stack.mailbox.code(email, SUBJECT.resetCode);
    const wrongCode = code === '000000' ? '000001' : '000000';
    const wrong = await stack
      .client()
      .post('/api/auth/password/reset', { email, code: wrongCode, newPassword: OTHER_STRONG_PASSWORD });
    const unknown = await stack.client().post('/api/auth/password/reset', {
      email: uniqueEmail('nobody'),
      code,
      newPassword: OTHER_STRONG_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect({ ...wrong.body, correlationId: 0 }).toEqual({ ...unknown.body, correlationId: 0 });
    expect((await stack.client().post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(
      200,
    );
  });

  it('refuses a guessable new password without using up the code', async () => {
    const { email } = await signedUpPatient(stack);
    await stack.client().post('/api/auth/password/forgot', { email });
    const code = await stack.mailbox.code(email, SUBJECT.resetCode);
    const weak = await stack
      .client()
      .post('/api/auth/password/reset', { email, code, newPassword: 'ivanova-anna-1985' });
    expect(weak.status).toBe(400);
    expect(Object.keys(weak.body.fields)).toEqual(['newPassword']);
    const ok = await stack
      .client()
      .post('/api/auth/password/reset', { email, code, newPassword: OTHER_STRONG_PASSWORD });
    expect(ok.status).toBe(204);
  });

  it('sends a new code only after the cooldown, and the new code replaces the old', async () => {
    const { email } = await signedUpPatient(stack);
    await stack.client().post('/api/auth/password/forgot', { email });
    const first = await stack.mailbox.code(email, SUBJECT.resetCode);
    await ageSends(stack.redis, stack.prefix, 'password-reset', email, 61);
    expect((await stack.client().post('/api/auth/password/forgot', { email })).status).toBe(202);
    const second = await stack.mailbox.code(email, SUBJECT.resetCode, 2);
    if (first !== second) {
      const old = await stack
        .client()
        .post('/api/auth/password/reset', { email, code: first, newPassword: OTHER_STRONG_PASSWORD });
      expect(old.status).toBe(400);
    }
    expect(
      (
        await stack
          .client()
          .post('/api/auth/password/reset', { email, code: second, newPassword: OTHER_STRONG_PASSWORD })
      ).status,
    ).toBe(204);
  });
});

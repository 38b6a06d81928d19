import { signedUpPatient, startAccountsStack, type AccountsStack } from './support/accounts-stack';

describe('accounts: my account', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-me');
  });
  afterAll(() => stack.close());

  it('shows my account and my own profile', async () => {
    const { client, email } = await signedUpPatient(stack, {
      middleName: undefined,
      phone: undefined,
      sex: 'male',
      lastName: "O'Brien-Smith",
      firstName: 'Jean Luc',
    });
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      account: {
        id: expect.any(String),
        email,
        role: 'patient',
        locale: 'en',
        phone: null,
        twoFactor: null,
        createdAt: expect.any(String),
      },
      profile: {
        id: expect.any(String),
        lastName: "O'Brien-Smith",
        firstName: 'Jean Luc',
        middleName: null,
        birthDate: '1985-03-15',
        sex: 'male',
        verificationStatus: 'unverified',
        verificationMethod: null,
        failureReason: null,
      },
    });
  });

  it('changes the phone (normalised, on the profile too) and the language', async () => {
    const { client } = await signedUpPatient(stack);
    const res = await client.patch('/api/me', { phone: '8 (916) 123-45-67', locale: 'ru' });
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ phone: '+79161234567', locale: 'ru' });
    const [profile] = await stack.db.query(`SELECT phone FROM profile WHERE id = $1`, [res.body.profile.id]);
    expect(profile.phone).toBe('+79161234567');
    const cleared = await client.patch('/api/me', { phone: null });
    expect(cleared.body.account.phone).toBeNull();
    expect((await client.get('/api/me')).body.account.locale).toBe('ru');
  });

  it('refuses a bad phone, an unknown language and fields it does not take', async () => {
    const { client } = await signedUpPatient(stack);
    const phone = await client.patch('/api/me', { phone: '12345' });
    expect(phone.status).toBe(400);
    expect(Object.keys(phone.body.fields)).toEqual(['phone']);
    expect((await client.patch('/api/me', { locale: 'de' })).status).toBe(400);
    const role = await client.patch('/api/me', { role: 'admin' });
    expect(role.status).toBe(400);
    expect((await client.get('/api/me')).body.account.role).toBe('patient');
  });

  it('is for signed-in users only', async () => {
    expect((await stack.client().get('/api/me')).status).toBe(401);
    expect((await stack.client().patch('/api/me', { locale: 'en' })).status).toBe(401);
  });
});

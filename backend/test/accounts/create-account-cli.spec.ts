import {
  createAccount,
  CreateAccountError,
  parseCreateAccountArgs,
} from '../../src/accounts/cli/create-account.command';
import {
  startAccountsStack,
  STRONG_PASSWORD,
  uniqueEmail,
  type AccountsStack,
} from './support/accounts-stack';

describe('CLI: create-account', () => {
  let stack: AccountsStack;
  beforeAll(async () => {
    stack = await startAccountsStack('acc-cli');
  });
  afterAll(() => stack.close());

  it('creates a staff account that can sign in at once', async () => {
    const email = uniqueEmail('registrar');
    const options = parseCreateAccountArgs([
      '--role',
      'staff',
      '--email',
      email.toUpperCase(),
      '--password',
      STRONG_PASSWORD,
      '--last-name',
      'Петрова',
      '--first-name=Ольга',
    ]);
    expect(options).toEqual({
      role: 'staff',
      email,
      password: STRONG_PASSWORD,
      lastName: 'Петрова',
      firstName: 'Ольга',
    });
    const { id } = await createAccount(stack.db, options);
    const [row] = await stack.db.query(
      `SELECT role, status, display_name, password_hash FROM account WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ role: 'staff', status: 'active', display_name: 'Петрова Ольга' });
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);

    const client = stack.client();
    expect((await client.post('/api/auth/login', { email, password: STRONG_PASSWORD })).status).toBe(200);
    expect((await client.get('/api/me')).body).toMatchObject({
      account: { role: 'staff', email },
      profile: null,
    });
  });

  it('refuses an existing email', async () => {
    const email = uniqueEmail('doctor');
    await createAccount(stack.db, { role: 'doctor', email, password: STRONG_PASSWORD });
    await expect(
      createAccount(stack.db, { role: 'admin', email: email.toUpperCase(), password: STRONG_PASSWORD }),
    ).rejects.toThrow(/already exists/);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM account WHERE email = $1`, [
      email,
    ]);
    expect(count).toBe(1);
  });

  it.each([
    [
      ['--role', 'patient', '--email', 'a@example.org', '--password', STRONG_PASSWORD],
      /--role must be one of staff, doctor, admin/,
    ],
    [
      ['--role', 'staff', '--email', 'nope', '--password', STRONG_PASSWORD],
      /--email must be a valid email address/,
    ],
    [
      ['--role', 'staff', '--email', 'a@example.org', '--password', 'password1234'],
      /--password: This password is too easy to guess/,
    ],
    [['--role', 'staff', '--email', 'a@example.org'], /--password is required/],
    [
      ['--role', 'staff', '--email', 'a@example.org', '--password', STRONG_PASSWORD, '--last-name', 'X1'],
      /--last-name may contain only letters/,
    ],
    [
      ['--role', 'staff', '--email', 'a@example.org', '--password', STRONG_PASSWORD, '--nickname', 'x'],
      /Unknown option\(s\): --nickname/,
    ],
    [['--role'], /--role needs a value/],
    [['staff'], /Unexpected argument "staff"/],
  ])('refuses %j with a clear message', (args, message) => {
    expect(() => parseCreateAccountArgs(args)).toThrow(CreateAccountError);
    expect(() => parseCreateAccountArgs(args)).toThrow(message);
  });
});

import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { AuditModule } from '../../src/audit/audit.module';
import { AuditService } from '../../src/audit/audit.service';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../src/audit/history-cursor';
import { loadConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { DatabaseModule } from '../../src/infra/database/database.module';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/database';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('audit trail: record and the sign-in history', () => {
  let isolated: IsolatedDatabase;
  let moduleRef: TestingModule;
  let audit: AuditService;

  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
    const config = loadConfig({ ...process.env, DATABASE_URL: isolated.url, GEOIP_DB: '' });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule],
    }).compile();
    await moduleRef.init();
    audit = moduleRef.get(AuditService);
  });
  afterAll(async () => {
    await moduleRef.close();
    await isolated.drop();
  });

  const rows = (accountId: string) =>
    isolated.dataSource.query<Array<Record<string, unknown>>>(
      'SELECT action, account_id, profile_id, success, host(ip) AS ip, user_agent, details FROM audit_event WHERE account_id = $1 ORDER BY id',
      [accountId],
    );

  it('appends events as given, cleaning addresses that are not IPs', async () => {
    const accountId = randomUUID();
    const profileId = randomUUID();
    await audit.record({
      action: 'auth.sign-in',
      accountId,
      success: true,
      ip: '::ffff:203.0.113.7',
      userAgent: CHROME_WINDOWS,
      details: { method: 'password' },
    });
    await audit.record({
      action: 'emr.read',
      accountId,
      profileId,
      ip: 'not-an-ip',
      userAgent: 'x'.repeat(2000),
    });
    const [signIn, read] = await rows(accountId);
    expect(signIn).toEqual({
      action: 'auth.sign-in',
      account_id: accountId,
      profile_id: null,
      success: true,
      ip: '203.0.113.7',
      user_agent: CHROME_WINDOWS,
      details: { method: 'password' },
    });
    expect(read).toMatchObject({
      action: 'emr.read',
      profile_id: profileId,
      success: null,
      ip: null,
      details: {},
    });
    expect((read.user_agent as string).length).toBe(512);
  });

  it('writes within the caller’s transaction: rolled back with it, committed with it', async () => {
    const accountId = randomUUID();
    await expect(
      isolated.dataSource.transaction(async (manager) => {
        await audit.record({ action: 'auth.password-changed', accountId, success: true }, manager);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows(accountId)).toEqual([]);
    await isolated.dataSource.transaction((manager) =>
      audit.record({ action: 'auth.password-changed', accountId, success: true }, manager),
    );
    expect(await rows(accountId)).toHaveLength(1);
  });

  it('refuses to change a recorded event', async () => {
    const accountId = randomUUID();
    await audit.record({ action: 'auth.sign-in', accountId, success: true });
    await expect(
      isolated.dataSource.query(`UPDATE audit_event SET success = false WHERE account_id = $1`, [accountId]),
    ).rejects.toThrow(/append-only/);
  });

  it('pages through sign-ins and failed sign-ins, newest first, without gaps or repeats', async () => {
    const accountId = randomUUID();
    const someoneElse = randomUUID();
    // 7 events in one transaction share one `at` (now()): the id must break the tie.
    await isolated.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 7; i++) {
        await audit.record(
          {
            action: 'auth.sign-in-failed',
            accountId,
            success: false,
            ip: '192.168.1.20',
            details: { reason: `wrong-password-${i}` },
          },
          manager,
        );
      }
    });
    for (let i = 0; i < 5; i++) {
      await audit.record({
        action: 'auth.sign-in',
        accountId,
        success: true,
        ip: '203.0.113.7',
        userAgent: CHROME_WINDOWS,
        details: { n: i },
      });
    }
    await audit.record({ action: 'auth.password-changed', accountId, success: true });
    await audit.record({ action: 'auth.sign-in', accountId: someoneElse, success: true });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await audit.signInHistory(accountId, { cursor, limit: 5 });
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(5);
      for (const item of page.items) {
        seen.push(item.success ? 'ok' : (item.reason ?? '?'));
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      ...[6, 5, 4, 3, 2, 1, 0].map((i) => `wrong-password-${i}`),
    ]);

    const first = await audit.signInHistory(accountId, {});
    expect(first.items).toHaveLength(12);
    expect(first.nextCursor).toBeNull();
    expect(first.items[0]).toEqual({
      at: expect.any(Date),
      success: true,
      ip: '203.0.113.7',
      device: 'Chrome, Windows',
      place: null,
      reason: null,
    });
    expect(first.items[11]).toMatchObject({
      success: false,
      ip: '192.168.1.20',
      device: null,
      place: 'local network',
    });
    expect(first.items[0].at.getTime()).toBeGreaterThanOrEqual(first.items[11].at.getTime());
  });

  it('keeps events within one millisecond apart (the cursor has microseconds)', async () => {
    const accountId = randomUUID();
    const base = '2025-11-26 08:00:00.123';
    for (const [micros, id] of [
      ['100', 1],
      ['400', 2],
      ['900', 3],
    ] as const) {
      await isolated.dataSource.query(
        `INSERT INTO audit_event (at, action, account_id, success, details) VALUES ($1::timestamptz, 'auth.sign-in', $2, true, $3)`,
        [`${base}${micros}+00`, accountId, { id }],
      );
    }
    const one = await audit.signInHistory(accountId, { limit: 1 });
    const two = await audit.signInHistory(accountId, { limit: 1, cursor: one.nextCursor ?? 'missing' });
    const three = await audit.signInHistory(accountId, { limit: 1, cursor: two.nextCursor ?? 'missing' });
    expect([one, two, three].map((p) => p.items.length)).toEqual([1, 1, 1]);
    expect(decodeCursor(one.nextCursor ?? '').atMicros).toMatch(/123900$/);
    expect(decodeCursor(two.nextCursor ?? '').atMicros).toMatch(/123400$/);
    expect(three.nextCursor).toBeNull();
  });

  it('clamps the limit and refuses a forged cursor', async () => {
    const accountId = randomUUID();
    for (let i = 0; i < 3; i++) await audit.record({ action: 'auth.sign-in', accountId, success: true });
    expect((await audit.signInHistory(accountId, { limit: 0 })).items).toHaveLength(1);
    expect((await audit.signInHistory(accountId, { limit: 1000 })).items).toHaveLength(3);
    await expect(audit.signInHistory(accountId, { cursor: 'forged' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    // A well-formed cursor past every event: an empty last page.
    expect(
      await audit.signInHistory(accountId, { cursor: encodeCursor({ atMicros: '0', id: '0' }) }),
    ).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});

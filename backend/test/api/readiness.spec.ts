import { DataSource } from 'typeorm';
import { startApi, type RunningApi } from '../support/api';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/database';

describe('GET /api/health/ready', () => {
  let api: RunningApi;
  let isolated: IsolatedDatabase;
  let db: DataSource;
  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
    db = isolated.dataSource;
    api = await startApi({ DATABASE_URL: isolated.url });
  });
  afterAll(async () => {
    await api.close();
    await isolated.drop();
  });
  beforeEach(() => db.query('DELETE FROM clinic_health_check'));

  const ready = async () => {
    const res = await fetch(api.url('/api/health/ready'));
    return { status: res.status, body: await res.json() };
  };

  it('is 200 with PostgreSQL, Redis and a recent successful clinic check', async () => {
    await db.query(
      `INSERT INTO clinic_health_check (reachable, latency_ms, fhir_version) VALUES (true, 12, '4.0.1')`,
    );
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(Object.keys(body.details)).toEqual(['database', 'redis', 'clinic']);
    expect(body.details.clinic).toMatchObject({ status: 'up', latencyMs: 12 });
  });

  it('is 503 naming the clinic when its last check failed', async () => {
    await db.query(
      `INSERT INTO clinic_health_check (reachable, error) VALUES (false, 'connect ECONNREFUSED')`,
    );
    const { status, body } = await ready();
    expect(status).toBe(503);
    expect(body.error.clinic).toMatchObject({ status: 'down', message: 'connect ECONNREFUSED' });
    expect(body.info.database.status).toBe('up');
  });

  it('is 503 when the clinic was never checked (no worker running)', async () => {
    const { status, body } = await ready();
    expect(status).toBe(503);
    expect(body.error.clinic.message).toMatch(/worker/);
  });

  it('treats an old check as stale', async () => {
    await db.query(
      `INSERT INTO clinic_health_check (reachable, checked_at) VALUES (true, now() - interval '1 hour')`,
    );
    const { status, body } = await ready();
    expect(status).toBe(503);
    expect(body.error.clinic.message).toMatch(/too old/);
  });
});

import type { Appointment, Bundle, Observation, Slot } from '@medplum/fhirtypes';
import { type DemoClinic, startDemoClinic } from '../start-demo-clinic';
import { get, searchUrl, send } from '../testing/fhir-test-client';

describe('demo clinic writes, booking rule and test controls', () => {
  let clinic: DemoClinic;
  let base: string;
  let admin: string;
  let slotOffset = 0;

  beforeAll(async () => {
    clinic = await startDemoClinic({ port: 0, patients: 12, seed: 9 });
    base = clinic.baseUrl;
    admin = `${clinic.rootUrl}/__admin`;
  });

  afterAll(async () => {
    await clinic.close();
  });

  beforeEach(async () => {
    await send('DELETE', `${admin}/faults`);
  });

  /** A different free slot for each test. */
  async function freeSlot(): Promise<Slot> {
    const response = await get<Bundle<Slot>>(
      searchUrl(base, 'Slot', { status: 'free', _count: 1, _offset: slotOffset++ }),
    );
    const slot = response.body.entry?.[0].resource;
    if (!slot) {
      throw new Error('no free slot left');
    }
    return slot;
  }

  function appointmentFor(slot: Slot): Appointment {
    return {
      resourceType: 'Appointment',
      status: 'booked',
      start: slot.start,
      end: slot.end,
      slot: [{ reference: `Slot/${slot.id}` }],
      participant: [
        { actor: { reference: `Patient/${clinic.demo.patients[0].patientId}` }, status: 'accepted' },
      ],
    };
  }

  it('marks the slot busy when an Appointment is created, and refuses a second one with 409', async () => {
    const slot = await freeSlot();
    const created = await send<Appointment>('POST', `${base}/Appointment`, appointmentFor(slot));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toContain(`/Appointment/${created.body.id}/_history/`);
    expect((await get<Slot>(`${base}/Slot/${slot.id}`)).body.status).toBe('busy');
    const second = await send('POST', `${base}/Appointment`, appointmentFor(slot));
    expect(second.status).toBe(409);
    expect(second.body.resourceType).toBe('OperationOutcome');
  });

  it('lets exactly one of several concurrent bookings of a slot succeed', async () => {
    const slot = await freeSlot();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => send('POST', `${base}/Appointment`, appointmentFor(slot))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('frees the slot when the appointment is cancelled', async () => {
    const slot = await freeSlot();
    const created = await send<Appointment>('POST', `${base}/Appointment`, appointmentFor(slot));
    const cancelled = await send('PUT', `${base}/Appointment/${created.body.id}`, {
      ...created.body,
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    expect((await get<Slot>(`${base}/Slot/${slot.id}`)).body.status).toBe('free');
  });

  it('updates a Slot with If-Match: 412 for a stale version, 200 for the current one', async () => {
    const slot = await freeSlot();
    const read = await get<Slot>(`${base}/Slot/${slot.id}`);
    const etag = read.headers.get('etag') ?? '';
    expect(etag).toBe(`W/"${read.body.meta?.versionId}"`);
    const stale = await send(
      'PUT',
      `${base}/Slot/${slot.id}`,
      { ...read.body, comment: 'x' },
      { 'if-match': 'W/"stale"' },
    );
    expect(stale.status).toBe(412);
    const fresh = await send<Slot>(
      'PUT',
      `${base}/Slot/${slot.id}`,
      { ...read.body, status: 'busy-unavailable' },
      { 'if-match': etag },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.body.status).toBe('busy-unavailable');
  });

  it('rejects structurally invalid resources with 400', async () => {
    const response = await send('POST', `${base}/Observation`, {
      resourceType: 'Observation',
      status: 'final',
    });
    expect(response.status).toBe(400);
    expect(response.body.resourceType).toBe('OperationOutcome');
  });

  it('injects error statuses for the next N matching requests and counts requests per type', async () => {
    await send('DELETE', `${admin}/stats`);
    const armed = await send('POST', `${admin}/faults`, { status: 503, count: 2, path: 'Patient' });
    expect(armed.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await get(`${base}/Patient?_count=1`)).status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect((await get(`${base}/Practitioner?_count=1`)).status).toBe(200);
    const stats = await get<{ byResourceType: Record<string, number>; faulted: number }>(`${admin}/stats`);
    expect(stats.body.byResourceType.Patient).toBe(3);
    expect(stats.body.byResourceType.Practitioner).toBe(1);
    expect(stats.body.faulted).toBe(2);
  });

  it('injects delays, malformed JSON and endless paging, and clears faults', async () => {
    await send('POST', `${admin}/faults`, { delayMs: 300, path: 'Practitioner' });
    const started = Date.now();
    expect((await get(`${base}/Practitioner`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    await send('POST', `${admin}/faults`, { malformed: true, path: 'Organization' });
    const broken = await fetch(`${base}/Organization`);
    const text = await broken.text();
    expect(() => JSON.parse(text)).toThrow();

    await send('POST', `${admin}/faults`, { pageLoop: true, path: 'Slot' });
    const looping = await get<Bundle>(searchUrl(base, 'Slot', { _count: 2 }));
    const link = (relation: string) => looping.body.link?.find((l) => l.relation === relation)?.url;
    expect(link('next')).toBe(link('self'));

    await send('POST', `${admin}/faults`, { status: 500, count: 5 });
    expect((await get<{ faults: unknown[] }>(`${admin}/faults`)).body.faults).toHaveLength(1);
    await send('DELETE', `${admin}/faults`);
    expect((await get(`${base}/Location`)).status).toBe(200);
  });

  it('rejects a malformed fault with 400', async () => {
    expect((await send('POST', `${admin}/faults`, { status: 'soon' })).status).toBe(400);
    expect((await send('POST', `${admin}/faults`, { count: 2 })).status).toBe(400);
  });

  it('upserts resources directly so they show up in _lastUpdated searches', async () => {
    const patientId = clinic.demo.patients[2].patientId;
    const before = new Date().toISOString();
    const observations = await get<Bundle<Observation>>(
      searchUrl(base, 'Observation', { patient: patientId, _count: 1 }),
    );
    const observation = observations.body.entry?.[0].resource as Observation;
    const upserted = await send<{ resources: Observation[] }>('POST', `${admin}/resources`, {
      ...observation,
      status: 'amended',
    });
    expect(upserted.status).toBe(200);
    const changed = await get<Bundle<Observation>>(
      searchUrl(base, 'Observation', { patient: patientId, _lastUpdated: `gt${before}` }),
    );
    expect(changed.body.entry?.map((e) => e.resource?.id)).toEqual([observation.id]);
    expect(changed.body.entry?.[0].resource?.status).toBe('amended');
  });

  it('resets to the generated data', async () => {
    const reset = await send<{ counts: Record<string, number> }>('POST', `${admin}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.counts).toEqual(clinic.clinic.counts);
    const amended = await get<Bundle>(searchUrl(base, 'Observation', { status: 'amended' }));
    expect(amended.body.total).toBe(0);
  });
});

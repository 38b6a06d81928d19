import {
  ClinicConflictError,
  ClinicNotFoundError,
  ClinicRejectedError,
  ClinicResponseError,
  ClinicUnavailableError,
} from './clinic-errors';
import {
  checkSearchBundle,
  errorForStatus,
  expectResource,
  isFhirJsonContentType,
  operationOutcomeText,
  parseFhirJson,
} from './fhir-response';

const bundle = (entry: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry,
  ...extra,
});
const obs = (id: string) => ({ resource: { resourceType: 'Observation', id }, search: { mode: 'match' } });

describe('content type and JSON', () => {
  it('accepts FHIR JSON and JSON with parameters', () => {
    expect(isFhirJsonContentType('application/fhir+json; charset=utf-8')).toBe(true);
    expect(isFhirJsonContentType('Application/JSON')).toBe(true);
    expect(isFhirJsonContentType('text/html')).toBe(false);
    expect(isFhirJsonContentType(null)).toBe(false);
  });

  it('refuses malformed JSON and HTML error pages with a detail', () => {
    expect(() => parseFhirJson(Buffer.from('{"resourceType":'), 'application/fhir+json', 200)).toThrow(
      /malformed JSON/,
    );
    expect(() => parseFhirJson(Buffer.from('<html>'), 'text/html', 200)).toThrow(ClinicResponseError);
    expect(parseFhirJson(Buffer.from('{"a":"Ё"}'), 'application/json', 200)).toEqual({ a: 'Ё' });
  });
});

describe('expectResource', () => {
  it('returns a resource of the requested type and id', () => {
    const patient = { resourceType: 'Patient', id: 'p1' };
    expect(expectResource(patient, 'Patient', 'p1')).toBe(patient);
  });

  it('refuses another type, another id, arrays and scalars', () => {
    expect(() => expectResource({ resourceType: 'Observation', id: 'p1' }, 'Patient', 'p1')).toThrow(
      'expected Patient, got Observation',
    );
    expect(() => expectResource({ resourceType: 'Patient', id: 'p2' }, 'Patient', 'p1')).toThrow(
      ClinicResponseError,
    );
    expect(() => expectResource([], 'Patient')).toThrow(ClinicResponseError);
    expect(() => expectResource('Patient', 'Patient')).toThrow(ClinicResponseError);
  });
});

describe('checkSearchBundle', () => {
  it('splits matches and includes, skips outcomes, reads total and next', () => {
    const page = checkSearchBundle(
      bundle(
        [
          obs('o1'),
          { resource: { resourceType: 'Observation', id: 'o2' } },
          { resource: { resourceType: 'Patient', id: 'p1' }, search: { mode: 'include' } },
          { resource: { resourceType: 'OperationOutcome' }, search: { mode: 'outcome' } },
        ],
        {
          total: 7,
          link: [
            { relation: 'self', url: 's' },
            { relation: 'next', url: 'n' },
          ],
        },
      ),
      'Observation',
    );
    expect(page.resources.map((r) => r.id)).toEqual(['o1', 'o2']);
    expect(page.included.map((r) => r.resourceType)).toEqual(['Patient']);
    expect(page.total).toBe(7);
    expect(page.next).toBe('n');
  });

  it('accepts an empty last page without entry or links', () => {
    expect(checkSearchBundle({ resourceType: 'Bundle', type: 'searchset', total: 0 }, 'Patient')).toEqual({
      resources: [],
      included: [],
      total: 0,
      next: undefined,
    });
  });

  it.each([
    ['not a Bundle', { resourceType: 'Patient' }, /expected Bundle/],
    ['another Bundle type', { resourceType: 'Bundle', type: 'collection' }, /searchset/],
    [
      'an entry of another type',
      bundle([obs('o1'), { resource: { resourceType: 'Patient', id: 'x' } }]),
      /entry is Patient/,
    ],
    ['an entry without resource', bundle([{ fullUrl: 'x' }]), /no resource/],
    ['an entry with a dangerous id', bundle([obs('../x')]), /valid id/],
    ['a negative total', bundle([], { total: -1 }), /total/],
    [
      'two next links',
      bundle([], {
        link: [
          { relation: 'next', url: 'a' },
          { relation: 'next', url: 'b' },
        ],
      }),
      /more than one/,
    ],
    ['a next link without url', bundle([], { link: [{ relation: 'next' }] }), /without url/],
    ['entry that is not an array', { resourceType: 'Bundle', type: 'searchset', entry: {} }, /not an array/],
  ])('refuses %s', (_, json, message) => {
    expect(() => checkSearchBundle(json, 'Observation')).toThrow(message);
  });
});

describe('errorForStatus', () => {
  const outcome = {
    resourceType: 'OperationOutcome',
    issue: [
      { severity: 'error', code: 'invalid', diagnostics: 'Invalid birthdate' },
      { details: { text: 'and more' } },
    ],
  };

  it('maps statuses to the domain errors', () => {
    expect(errorForStatus(404, 'GET Patient/{id}')).toBeInstanceOf(ClinicNotFoundError);
    expect(errorForStatus(410, 'GET Patient/{id}')).toBeInstanceOf(ClinicNotFoundError);
    expect(errorForStatus(409, 'POST Appointment')).toBeInstanceOf(ClinicConflictError);
    expect(errorForStatus(412, 'PUT Slot/{id}')).toBeInstanceOf(ClinicConflictError);
    expect(errorForStatus(503, 'GET Patient?…')).toBeInstanceOf(ClinicUnavailableError);
    expect(errorForStatus(429, 'GET Patient?…', undefined, 2000)).toMatchObject({
      retryable: true,
      retryAfterMs: 2000,
    });
    expect(errorForStatus(302, 'GET Patient?…')).toBeInstanceOf(ClinicResponseError);
  });

  it('carries the OperationOutcome text of a refusal', () => {
    const error = errorForStatus(400, 'GET Patient?…', outcome);
    expect(error).toBeInstanceOf(ClinicRejectedError);
    expect(error).toMatchObject({ status: 400, retryable: false, outcome: 'Invalid birthdate; and more' });
    expect(error.message).toBe('GET Patient?…: refused (400): Invalid birthdate; and more');
  });

  it('shortens a long OperationOutcome', () => {
    const text = operationOutcomeText({
      resourceType: 'OperationOutcome',
      issue: [{ diagnostics: 'x'.repeat(2000) }],
    });
    expect(text?.length).toBe(501);
    expect(operationOutcomeText({ resourceType: 'Patient' })).toBeUndefined();
  });
});

import { ClinicRequestError } from './clinic-errors';
import {
  binaryUrl,
  describeRequest,
  encodeSearchParams,
  escapeSearchValue,
  normalizeBaseUrl,
  resolveOnOrigin,
  resourceUrl,
  searchUrl,
} from './fhir-url';

const base = normalizeBaseUrl('http://127.0.0.1:8090/fhir/R4');

describe('normalizeBaseUrl', () => {
  it('ends the path with a slash so relative paths land under the base', () => {
    expect(base.href).toBe('http://127.0.0.1:8090/fhir/R4/');
    expect(normalizeBaseUrl('http://h/fhir/R4/?x=1#f').href).toBe('http://h/fhir/R4/');
  });

  it('refuses other schemes', () => {
    expect(() => normalizeBaseUrl('file:///etc/passwd')).toThrow(ClinicRequestError);
  });
});

describe('encodeSearchParams', () => {
  it('percent-encodes Cyrillic as UTF-8', () => {
    expect(encodeSearchParams({ family: 'Иванов' })).toBe('family=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2');
  });

  it('sends the + of a time zone offset as %2B, not as a space', () => {
    expect(encodeSearchParams({ _lastUpdated: 'gt2024-05-01T10:00:00+03:00' })).toBe(
      '_lastUpdated=gt2024-05-01T10%3A00%3A00%2B03%3A00',
    );
  });

  it('keeps a value from adding parameters of its own', () => {
    expect(encodeSearchParams({ given: 'Анна&identifier=x#y' })).toBe(
      'given=%D0%90%D0%BD%D0%BD%D0%B0%26identifier%3Dx%23y',
    );
  });

  it('repeats a key for arrays, leaves out undefined, stringifies numbers and booleans', () => {
    expect(
      encodeSearchParams({
        date: ['ge2024-01-01', 'le2024-12-31'],
        _count: 100,
        active: true,
        missing: undefined,
      }),
    ).toBe('date=ge2024-01-01&date=le2024-12-31&_count=100&active=true');
  });

  it('encodes the system|value separator and modifiers', () => {
    expect(
      encodeSearchParams({ 'family:exact': 'Ёлкина', identifier: 'urn:oid:1.2.643.100.3|123-456-789 64' }),
    ).toBe(
      'family%3Aexact=%D0%81%D0%BB%D0%BA%D0%B8%D0%BD%D0%B0&identifier=urn%3Aoid%3A1.2.643.100.3%7C123-456-789%2064',
    );
  });

  it('round-trips through a standard parser', () => {
    const params = {
      family: 'Петрова-Водкина',
      given: 'Мария Ивановна',
      birthdate: '1990-02-03',
      x: 'a+b c%d',
    };
    const parsed = Object.fromEntries(new URLSearchParams(encodeSearchParams(params)));
    expect(parsed).toEqual(params);
  });
});

describe('escapeSearchValue', () => {
  it('escapes the characters FHIR search gives a meaning to', () => {
    expect(escapeSearchValue('a,b|c$d\\e')).toBe('a\\,b\\|c\\$d\\\\e');
    expect(escapeSearchValue('Иванов')).toBe('Иванов');
  });
});

describe('resourceUrl and searchUrl', () => {
  it('builds paths under the base', () => {
    expect(resourceUrl(base, 'Patient', 'p-1.2').href).toBe('http://127.0.0.1:8090/fhir/R4/Patient/p-1.2');
    expect(searchUrl(base, 'Observation', { patient: 'Patient/1', _count: 100 }).href).toBe(
      'http://127.0.0.1:8090/fhir/R4/Observation?patient=Patient%2F1&_count=100',
    );
  });

  it('refuses ids and types that could escape the resource path', () => {
    for (const id of ['..', '../Patient', 'a/b', 'a?b', '', 'x'.repeat(65), 'a b']) {
      expect(() => resourceUrl(base, 'Patient', id)).toThrow(ClinicRequestError);
    }
    for (const type of ['patient', 'Patient/1', '../x', '']) {
      expect(() => resourceUrl(base, type)).toThrow(ClinicRequestError);
    }
  });
});

describe('resolveOnOrigin (the next-link rule)', () => {
  it('accepts absolute and relative links on the same origin', () => {
    expect(resolveOnOrigin(base, 'http://127.0.0.1:8090/fhir/R4/Observation?_offset=100')?.href).toBe(
      'http://127.0.0.1:8090/fhir/R4/Observation?_offset=100',
    );
    expect(resolveOnOrigin(base, 'Observation?_offset=100')?.href).toBe(
      'http://127.0.0.1:8090/fhir/R4/Observation?_offset=100',
    );
    expect(resolveOnOrigin(base, '/other/path')?.href).toBe('http://127.0.0.1:8090/other/path');
  });

  it('refuses another host, port or scheme, embedded credentials and garbage', () => {
    for (const link of [
      'http://evil.example/fhir/R4/Observation',
      'http://127.0.0.1:8091/fhir/R4/Observation',
      'https://127.0.0.1:8090/fhir/R4/Observation',
      '//evil.example/x',
      'http://user:pw@127.0.0.1:8090/fhir/R4/Observation',
      'http://[::1',
      'javascript:alert(1)',
    ]) {
      expect(resolveOnOrigin(base, link)).toBeUndefined();
    }
  });
});

describe('binaryUrl', () => {
  it('reads ids, Binary references and URLs on the clinic', () => {
    expect(binaryUrl(base, 'b1').href).toBe('http://127.0.0.1:8090/fhir/R4/Binary/b1');
    expect(binaryUrl(base, 'Binary/b1').href).toBe('http://127.0.0.1:8090/fhir/R4/Binary/b1');
    expect(binaryUrl(base, 'http://127.0.0.1:8090/fhir/R4/Binary/b1').href).toBe(
      'http://127.0.0.1:8090/fhir/R4/Binary/b1',
    );
  });

  it('refuses files elsewhere and traversal in references', () => {
    expect(() => binaryUrl(base, 'http://169.254.169.254/latest/meta-data')).toThrow(ClinicRequestError);
    expect(() => binaryUrl(base, 'Binary/..')).toThrow(ClinicRequestError);
  });
});

describe('describeRequest', () => {
  it('never includes query values or ids', () => {
    expect(describeRequest('GET', base, searchUrl(base, 'Patient', { family: 'Иванов' }))).toBe(
      'GET Patient?…',
    );
    expect(describeRequest('GET', base, resourceUrl(base, 'Patient', 'secret-id'))).toBe('GET Patient/{id}');
    expect(describeRequest('GET', base, new URL('metadata', base))).toBe('GET metadata');
  });
});

import { ClinicRequestError } from './clinic-errors';
import type { SearchParams } from './clinic-gateway';

/*
 * Building the URLs the gateway sends. Everything a user typed (names, identifiers) ends up in
 * a query string, so every key and value is percent-encoded: Cyrillic as UTF-8 (Node's HTTP
 * server answers raw UTF-8 with 400), `+` of a time zone offset as `%2B` (a literal `+` is read
 * as a space), and `&`/`=`/`#` so a value cannot add parameters of its own.
 */

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
/** FHIR R4 `id`: 1–64 of letters, digits, `-` and `.`. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * The base URL as a `URL` whose path ends with `/`, so that `new URL('Patient/1', base)` lands
 * under it (`http://h/fhir/R4` + `Patient` would otherwise give `http://h/fhir/Patient`).
 */
export function normalizeBaseUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ClinicRequestError(`CLINIC_FHIR_URL must be http(s), not ${url.protocol}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * Whether `id` is a valid FHIR R4 id and safe to put in a path. `.` and `..` match the FHIR
 * pattern but are dot-segments a URL resolves away (`Binary/..` is the base itself).
 */
export function isFhirId(id: unknown): id is string {
  return typeof id === 'string' && FHIR_ID.test(id) && id !== '.' && id !== '..';
}

export function assertResourceType(type: string): void {
  if (!RESOURCE_TYPE.test(type)) throw new ClinicRequestError(`Invalid FHIR resource type "${type}"`);
}

/** Refuses ids that could escape the resource path (`../x`, `a/b`, `?x`) — ids may come from the server. */
export function assertFhirId(id: string): void {
  // The id is not echoed: it may be garbage taken from an untrusted resource.
  if (!isFhirId(id)) throw new ClinicRequestError('Invalid FHIR resource id');
}

/** `key=value&…`, each key and value percent-encoded; arrays repeat the key; `undefined` is left out. */
export function encodeSearchParams(params: SearchParams = {}): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`);
  }
  return parts.join('&');
}

/**
 * Escapes the characters FHIR search gives a meaning to (`\`, `,` OR, `|` system/value,
 * `$` composite) so a name or identifier value is matched literally.
 */
export function escapeSearchValue(value: string): string {
  return value.replace(/[\\,|$]/g, (c) => `\\${c}`);
}

/** `[base]/{type}` or `[base]/{type}/{id}`. */
export function resourceUrl(base: URL, type: string, id?: string): URL {
  assertResourceType(type);
  if (id === undefined) return new URL(type, base);
  assertFhirId(id);
  return new URL(`${type}/${id}`, base);
}

/** `[base]/{type}?{params}`. */
export function searchUrl(base: URL, type: string, params?: SearchParams): URL {
  const url = resourceUrl(base, type);
  url.search = encodeSearchParams(params);
  return url;
}

/**
 * Resolves a URL the server gave us (a `next` link, an `Attachment.url`) against the base and
 * returns it only when it stays on the base's origin (scheme, host and port): the server is not
 * trusted to send us — with our credentials — anywhere else. `undefined` otherwise.
 */
export function resolveOnOrigin(base: URL, link: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.username || url.password) return undefined;
  url.hash = '';
  return url;
}

/**
 * Where to read a file: a bare id → `Binary/{id}`; `Binary/{id}` → under the base; any other
 * relative or absolute URL → resolved, and only if on the clinic's origin.
 */
export function binaryUrl(base: URL, idOrUrl: string): URL {
  if (isFhirId(idOrUrl)) return resourceUrl(base, 'Binary', idOrUrl);
  const reference = /^Binary\/([^/?#]+)$/.exec(idOrUrl);
  if (reference) return resourceUrl(base, 'Binary', reference[1]);
  if (/^\.\.?$/.test(idOrUrl)) throw new ClinicRequestError('Invalid FHIR resource id');
  const url = resolveOnOrigin(base, idOrUrl);
  if (!url) throw new ClinicRequestError('Refusing to read a file outside the clinic server');
  return url;
}

/**
 * A description of a request that is safe to log: method, resource type and kind, never the
 * query (names, identifiers) nor ids.
 */
export function describeRequest(method: string, base: URL, url: URL): string {
  const path = url.pathname.startsWith(base.pathname)
    ? url.pathname.slice(base.pathname.length)
    : url.pathname;
  const [type = '', id] = path.split('/');
  const kind = id ? (id.startsWith('_') || id.startsWith('$') ? id : '{id}') : url.search ? '?…' : '';
  return `${method} ${type}${kind && !kind.startsWith('?') ? '/' : ''}${kind}`;
}

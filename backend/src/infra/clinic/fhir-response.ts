import type { ExtractResource, Resource, ResourceType } from '@medplum/fhirtypes';
import {
  ClinicConflictError,
  ClinicError,
  ClinicNotFoundError,
  ClinicRejectedError,
  ClinicResponseError,
  ClinicUnavailableError,
} from './clinic-errors';
import { isFhirId } from './fhir-url';

/*
 * Checks of what the clinic answered. The server is not trusted: a response is used only when
 * its status, content type, JSON and resource types are what we asked for. Pure functions.
 */

const OUTCOME_MAX_CHARS = 500;

/** `application/fhir+json` or `application/json`, with or without parameters (`; charset=utf-8`). */
export function isFhirJsonContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return mediaType === 'application/fhir+json' || mediaType === 'application/json';
}

/** Parses a FHIR JSON body; anything else is a {@link ClinicResponseError}. */
export function parseFhirJson(body: Buffer, contentType: string | null, status: number): unknown {
  if (!isFhirJsonContentType(contentType)) {
    throw new ClinicResponseError(
      'Unexpected answer from the clinic',
      `content type "${contentType ?? 'none'}"`,
      status,
    );
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (cause) {
    throw new ClinicResponseError(
      'Unexpected answer from the clinic',
      `malformed JSON (${body.length} bytes)`,
      status,
      {
        cause,
      },
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The human-readable text of an OperationOutcome (`details.text`, `diagnostics`), shortened. */
export function operationOutcomeText(body: unknown): string | undefined {
  if (!isObject(body) || body.resourceType !== 'OperationOutcome' || !Array.isArray(body.issue))
    return undefined;
  const texts = body.issue
    .filter(isObject)
    .map((issue) => {
      const details =
        isObject(issue.details) && typeof issue.details.text === 'string' ? issue.details.text : undefined;
      const diagnostics = typeof issue.diagnostics === 'string' ? issue.diagnostics : undefined;
      return details ?? diagnostics;
    })
    .filter((text): text is string => !!text);
  if (!texts.length) return undefined;
  const text = texts.join('; ');
  return text.length > OUTCOME_MAX_CHARS ? `${text.slice(0, OUTCOME_MAX_CHARS)}…` : text;
}

/**
 * The domain error for a non-2xx answer.
 * @param what what was asked, safe to log (e.g. `GET Patient/{id}`)
 * @param body the parsed body when it was FHIR JSON (an OperationOutcome, hopefully)
 */
export function errorForStatus(
  status: number,
  what: string,
  body?: unknown,
  retryAfterMs?: number,
): ClinicError {
  const outcome = operationOutcomeText(body);
  if (status === 404 || status === 410)
    return new ClinicNotFoundError(`${what}: not found (${status})`, status);
  if (status === 409 || status === 412)
    return new ClinicConflictError(`${what}: conflict (${status})`, status, outcome);
  if (status === 408 || status === 429 || status >= 500) {
    return new ClinicUnavailableError(`${what}: clinic answered ${status}`, status, { retryAfterMs });
  }
  if (status >= 400) return new ClinicRejectedError(`${what}: refused (${status})`, status, outcome);
  return new ClinicResponseError(`${what}: unexpected answer`, `status ${status}`, status);
}

/** Checks that `json` is a resource of `type` (and, if given, with that `id`). */
export function expectResource<K extends ResourceType>(
  json: unknown,
  type: K,
  id?: string,
): ExtractResource<K> {
  if (!isObject(json))
    throw new ClinicResponseError('Unexpected answer from the clinic', 'not a JSON object');
  if (json.resourceType !== type) {
    throw new ClinicResponseError(
      'Unexpected answer from the clinic',
      `expected ${type}, got ${describeType(json.resourceType)}`,
    );
  }
  if (id !== undefined && json.id !== id) {
    throw new ClinicResponseError(
      'Unexpected answer from the clinic',
      `asked for one ${type}, got another id`,
    );
  }
  return json as unknown as ExtractResource<K>;
}

function describeType(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z]{1,64}$/.test(value) ? value : typeof value;
}

/** A searchset Bundle page, checked and split. */
export interface CheckedSearchPage<T extends Resource> {
  resources: T[];
  included: Resource[];
  total?: number;
  /** The `next` link exactly as the server sent it (not yet checked for origin). */
  next?: string;
}

/**
 * Checks a search answer: a Bundle of type `searchset` whose matches are all of `type` with a
 * valid id, a sane `total`, and at most one `next` link.
 */
export function checkSearchBundle<K extends ResourceType>(
  json: unknown,
  type: K,
): CheckedSearchPage<ExtractResource<K>> {
  const fail = (detail: string) => new ClinicResponseError(`Unexpected search answer for ${type}`, detail);
  if (!isObject(json)) throw fail('not a JSON object');
  if (json.resourceType !== 'Bundle') throw fail(`expected Bundle, got ${describeType(json.resourceType)}`);
  if (json.type !== 'searchset') throw fail(`expected a searchset Bundle, got ${describeType(json.type)}`);
  const total = json.total;
  if (total !== undefined && !(Number.isInteger(total) && (total as number) >= 0))
    throw fail('invalid total');

  const entries = json.entry ?? [];
  if (!Array.isArray(entries)) throw fail('entry is not an array');
  const resources: ExtractResource<K>[] = [];
  const included: Resource[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) throw fail('an entry is not an object');
    const mode = isObject(entry.search) ? entry.search.mode : undefined;
    if (mode === 'outcome') continue; // warnings of the server (an OperationOutcome), nothing to import
    const resource = entry.resource;
    if (!isObject(resource)) throw fail('an entry has no resource');
    if (mode === 'include') {
      if (typeof resource.resourceType !== 'string') throw fail('an included entry has no resourceType');
      included.push(resource as unknown as Resource);
      continue;
    }
    if (mode !== undefined && mode !== 'match') throw fail(`unknown search mode ${describeType(mode)}`);
    if (resource.resourceType !== type) throw fail(`an entry is ${describeType(resource.resourceType)}`);
    if (!isFhirId(resource.id)) throw fail('an entry has no valid id');
    resources.push(resource as unknown as ExtractResource<K>);
  }

  const links = json.link ?? [];
  if (!Array.isArray(links)) throw fail('link is not an array');
  const nextLinks = links.filter((link) => isObject(link) && link.relation === 'next');
  if (nextLinks.length > 1) throw fail('more than one next link');
  const next = nextLinks[0]?.url;
  if (nextLinks.length && (typeof next !== 'string' || !next)) throw fail('next link without url');
  return { resources, included, total: total as number | undefined, next: next as string | undefined };
}

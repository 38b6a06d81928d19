import type { Binary } from '@medplum/fhirtypes';
import type { IncomingHttpHeaders } from 'node:http';
import { type HttpResult, versionHeaders } from './http-result';

/**
 * Whether a Binary read should answer with FHIR JSON rather than the raw bytes: when the client
 * asks for JSON in `Accept` (not just `*\/*`) or with `_format=json`. Anything else — a browser,
 * `curl`, `Accept: application/pdf` — gets the file itself, as FHIR's Binary read describes.
 */
export function wantsFhirJson(headers: IncomingHttpHeaders, format: string | null): boolean {
  if (format) {
    return /json/i.test(format);
  }
  const accept = headers.accept ?? '';
  return /application\/(fhir\+)?json/i.test(accept);
}

/** The Binary's bytes with its own content type. */
export function rawBinaryResult(binary: Binary, baseUrl: string): HttpResult {
  const body = Buffer.from(binary.data ?? '', 'base64');
  return {
    status: 200,
    headers: {
      'content-type': binary.contentType || 'application/octet-stream',
      ...versionHeaders(binary, baseUrl, false),
    },
    body,
  };
}

/** A Binary resource from a raw (non-JSON) upload. */
export function binaryFromUpload(body: Buffer, contentType: string | undefined, id?: string): Binary {
  return {
    resourceType: 'Binary',
    ...(id ? { id } : {}),
    contentType: contentType?.split(';')[0].trim() || 'application/octet-stream',
    data: body.toString('base64'),
  };
}

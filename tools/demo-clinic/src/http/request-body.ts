import { badRequest, OperationOutcomeError } from '@medplum/core';
import type { IncomingMessage } from 'node:http';

/** Largest request body accepted (a Binary upload of a scanned document fits). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new OperationOutcomeError(badRequest(`Request body larger than ${MAX_BODY_BYTES} bytes`));
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as JSON, or a 400 OperationOutcome saying it is not. */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) {
    throw new OperationOutcomeError(badRequest('The request needs a JSON body'));
  }
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch (err) {
    throw new OperationOutcomeError(badRequest(`The body is not valid JSON: ${(err as Error).message}`));
  }
}

export function isJsonContentType(contentType: string | undefined): boolean {
  return !contentType || /json/i.test(contentType);
}

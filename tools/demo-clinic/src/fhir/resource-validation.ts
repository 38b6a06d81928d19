import { badRequest, OperationOutcomeError, validateResource } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';

/**
 * The body of a create or update as a resource of `resourceType`, checked against the FHIR R4
 * structure definitions (cardinality, types, invariants; terminology bindings are not checked).
 * Throws a 400 OperationOutcome listing the problems; the engine itself stores anything.
 */
export function checkResource(body: unknown, resourceType?: string): Resource {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new OperationOutcomeError(badRequest('The body must be a FHIR resource (a JSON object)'));
  }
  const resource = body as Resource;
  if (resourceType && resource.resourceType !== resourceType) {
    throw new OperationOutcomeError(
      badRequest(
        `Expected a ${resourceType}, got ${String(resource.resourceType || 'no resourceType')}`,
        'resourceType',
      ),
    );
  }
  validateResource(resource);
  return resource;
}

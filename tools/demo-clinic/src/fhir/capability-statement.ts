import { getSearchParameters } from '@medplum/core';
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';
import { SUPPORTED_TYPES } from './search-validation';

/** The resource types the demo clinic holds and documents; the engine accepts other types too. */
export const CLINIC_RESOURCE_TYPES = [
  'Patient',
  'RelatedPerson',
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'Location',
  'Schedule',
  'Slot',
  'Appointment',
  'Encounter',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'DocumentReference',
  'Binary',
  'Immunization',
  'AllergyIntolerance',
  'MedicationRequest',
  'Procedure',
] as const;

const INTERACTIONS = [
  'read',
  'vread',
  'update',
  'patch',
  'delete',
  'history-instance',
  'create',
  'search-type',
] as const;

/**
 * A minimal CapabilityStatement: FHIR 4.0.1, JSON, and for each resource type its interactions
 * and the search parameters this server really evaluates (those of unsupported types are left out).
 */
export function buildCapabilityStatement(baseUrl: string, startedAt: string): CapabilityStatement {
  const resource: CapabilityStatementRestResource[] = CLINIC_RESOURCE_TYPES.map((type) => ({
    type,
    interaction: INTERACTIONS.map((code) => ({ code })),
    versioning: 'versioned',
    readHistory: false,
    updateCreate: true,
    conditionalCreate: true,
    conditionalRead: 'not-supported',
    conditionalUpdate: true,
    conditionalDelete: 'single',
    searchInclude: ['*'],
    searchParam: Object.values(getSearchParameters(type) ?? {})
      .filter(
        (param) =>
          SUPPORTED_TYPES.has(param.type) && param.code !== '_compartment' && param.code !== '_project',
      )
      .map((param) => ({ name: param.code ?? '', type: param.type, definition: param.url }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    ...(type === 'Appointment'
      ? {
          documentation:
            'Creating an Appointment for a Slot marks the slot busy (409 if it is not free); cancelling it (status cancelled or entered-in-error) frees the slot.',
        }
      : {}),
  }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: startedAt,
    publisher: 'demo-clinic',
    kind: 'instance',
    software: { name: 'demo-clinic (Medplum in-memory FHIR engine)', version: '1.0.0' },
    implementation: { description: 'Demo clinic FHIR R4 server with synthetic data', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Searches page with _count (default 20, max 1000) and _offset. Unknown or unsupported search parameters give 400 unless the request has Prefer: handling=lenient.',
        resource,
      },
    ],
  };
}

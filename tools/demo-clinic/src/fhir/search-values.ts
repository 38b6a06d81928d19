import { evalFhirPathTyped, getSearchParameters, toTypedValue } from '@medplum/core';
import type { Resource, SearchParameter } from '@medplum/fhirtypes';

/** The values a search parameter's FHIRPath expression selects from a resource. */
export function searchParameterValues(resource: Resource, param: SearchParameter): unknown[] {
  if (!param.expression) {
    return [];
  }
  return evalFhirPathTyped(param.expression, [toTypedValue(resource)]).map((typed) => typed.value as unknown);
}

export function searchParameter(resourceType: string, code: string): SearchParameter | undefined {
  return getSearchParameters(resourceType)?.[code];
}

const STRING_PARTS = [
  'text',
  'family',
  'given',
  'prefix',
  'suffix',
  'line',
  'city',
  'district',
  'state',
  'postalCode',
  'country',
];

/**
 * The strings a string search looks at: a string itself, or each part of a HumanName or an
 * Address (family, each given name, text, lines, city …), as FHIR's string search defines.
 */
export function searchableStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (!value || typeof value !== 'object') {
    return [];
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of STRING_PARTS) {
    const part = record[key];
    if (typeof part === 'string') {
      parts.push(part);
    } else if (Array.isArray(part)) {
      parts.push(...part.filter((item): item is string => typeof item === 'string'));
    }
  }
  return parts;
}

/**
 * Case- and accent-insensitive form for string search: decomposed, combining marks removed,
 * lower case. `Фёдор` and `ФЕДОР` both become `федор`.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

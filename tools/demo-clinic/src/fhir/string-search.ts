import { type Filter, Operator, splitSearchOnComma } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import {
  normalizeSearchText,
  searchableStrings,
  searchParameter,
  searchParameterValues,
} from './search-values';

/**
 * String search as FHIR R4 defines it, replacing the engine's case-insensitive "contains" for
 * every operator:
 * - `family=Фед` — some part *starts with* the value, ignoring case and accents (ё = е);
 * - `family:contains=дор` — some part contains it, ignoring case and accents;
 * - `family:exact=Фёдоров` — some part equals it exactly.
 * Comma-separated values match any of them.
 */
export function isStringFilter(resourceType: string, filter: Filter): boolean {
  const param = searchParameter(resourceType, filter.code);
  return (
    param?.type === 'string' &&
    (filter.operator === Operator.EQUALS ||
      filter.operator === Operator.CONTAINS ||
      filter.operator === Operator.EXACT)
  );
}

export function matchesStringFilter(resource: Resource, filter: Filter): boolean {
  const param = searchParameter(resource.resourceType, filter.code);
  if (!param) {
    return false;
  }
  const parts = searchParameterValues(resource, param).flatMap(searchableStrings);
  const wanted = splitSearchOnComma(filter.value);
  if (filter.operator === Operator.EXACT) {
    return parts.some((part) => wanted.includes(part));
  }
  const normalizedParts = parts.map(normalizeSearchText);
  const normalizedWanted = wanted.map(normalizeSearchText);
  if (filter.operator === Operator.CONTAINS) {
    return normalizedParts.some((part) => normalizedWanted.some((value) => part.includes(value)));
  }
  return normalizedParts.some((part) => normalizedWanted.some((value) => part.startsWith(value)));
}

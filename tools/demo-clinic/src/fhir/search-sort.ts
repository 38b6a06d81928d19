import { type SortRule, toPeriod } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import {
  normalizeSearchText,
  searchableStrings,
  searchParameter,
  searchParameterValues,
} from './search-values';

type SortKey = string | number | undefined;

/** Parameter types `_sort` can order by. */
export const SORTABLE_TYPES: ReadonlySet<string> = new Set([
  'date',
  'string',
  'token',
  'reference',
  'uri',
  'number',
  'quantity',
]);

/**
 * Orders resources by `_sort` rules, replacing the engine's text comparison: dates compare as
 * instants (so `+03:00` and `Z` values interleave correctly), numbers as numbers, strings
 * case- and accent-insensitively. Resources without a value come last either way; ties keep
 * the stored order.
 */
export function sortResources<T extends Resource>(resources: readonly T[], rules: readonly SortRule[]): T[] {
  const keyed = resources.map((resource) => ({
    resource,
    keys: rules.map((rule) => sortKey(resource, rule.code)),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < rules.length; i++) {
      const order = compareKeys(a.keys[i], b.keys[i], rules[i].descending ?? false);
      if (order !== 0) {
        return order;
      }
    }
    return 0;
  });
  return keyed.map((item) => item.resource);
}

function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  if (a === b) {
    return 0;
  }
  if (a === undefined) {
    return 1;
  }
  if (b === undefined) {
    return -1;
  }
  const order = a < b ? -1 : 1;
  return descending ? -order : order;
}

function sortKey(resource: Resource, code: string): SortKey {
  if (code === '_id') {
    return resource.id;
  }
  if (code === '_lastUpdated') {
    return resource.meta?.lastUpdated ? Date.parse(resource.meta.lastUpdated) : undefined;
  }
  const param = searchParameter(resource.resourceType, code);
  if (!param) {
    return undefined;
  }
  const values = searchParameterValues(resource, param);
  const first = values[0];
  if (first === undefined) {
    return undefined;
  }
  switch (param.type) {
    case 'date': {
      const start = toPeriod(first)?.start;
      return start ? Date.parse(start) : undefined;
    }
    case 'number':
      return typeof first === 'number' ? first : undefined;
    case 'quantity':
      return typeof (first as { value?: unknown }).value === 'number'
        ? (first as { value: number }).value
        : undefined;
    case 'string': {
      const text = values.flatMap(searchableStrings)[0];
      return text === undefined ? undefined : normalizeSearchText(text);
    }
    default:
      return tokenText(first);
  }
}

/** A code, identifier value, reference or plain string, whichever the value is. */
function tokenText(value: unknown): SortKey {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.reference === 'string') {
    return record.reference;
  }
  if (typeof record.code === 'string') {
    return record.code;
  }
  if (typeof record.value === 'string') {
    return record.value;
  }
  const coding = (record.coding as { code?: string }[] | undefined)?.[0];
  return coding?.code ?? (typeof record.text === 'string' ? record.text : undefined);
}

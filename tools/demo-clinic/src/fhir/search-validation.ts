import { getSearchParameters, OperationOutcomeError } from '@medplum/core';
import type { OperationOutcome, OperationOutcomeIssue, SearchParameter } from '@medplum/fhirtypes';
import { SORTABLE_TYPES } from './search-sort';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 1000;

/** Parameter types the engine evaluates correctly; `number`, `quantity`, `composite`, `special` match nothing there. */
export const SUPPORTED_TYPES: ReadonlySet<string> = new Set(['string', 'token', 'reference', 'date', 'uri']);

/** Modifiers that work, per parameter type (`missing` works for all). */
const MODIFIERS: Readonly<Record<string, readonly string[]>> = {
  string: ['contains', 'exact'],
  token: ['not'],
  reference: [],
  date: [],
  uri: [],
};

/** Result parameters passed on to the engine (or used for paging). */
const RESULT_PARAMETERS = new Set([
  '_sort',
  '_include',
  '_revinclude',
  '_summary',
  '_total',
  '_elements',
  '_format',
  '_pretty',
]);
/** Search parameters the engine does not implement, or Medplum-only ones. */
const UNSUPPORTED = new Set([
  '_filter',
  '_text',
  '_content',
  '_query',
  '_list',
  '_type',
  '_containedType',
  '_contained',
  '_cursor',
  '_compartment',
  '_project',
]);

export interface NormalizedSearch {
  /** The parameters to run and to echo in links, without `_count` and `_offset`. */
  readonly params: readonly (readonly [string, string])[];
  readonly count: number;
  readonly offset: number;
  /** What `Prefer: handling=lenient` made the server ignore. */
  readonly ignored: readonly string[];
}

/**
 * Checks a search query against what the engine really supports, so that a client gets a 400
 * OperationOutcome for an unknown or unsupported parameter or modifier instead of an empty Bundle
 * (with `lenient`, those parameters are dropped and reported). Also applies the default and
 * maximum `_count`, drops empty parameters, and rewrites `subject:Patient=X` to
 * `subject=Patient/X`, which the engine understands.
 */
export function normalizeSearch(
  resourceType: string,
  query: URLSearchParams,
  lenient: boolean,
): NormalizedSearch {
  const params: [string, string][] = [];
  const problems: OperationOutcomeIssue[] = [];
  let count = DEFAULT_COUNT;
  let offset = 0;
  const searchParams = getSearchParameters(resourceType) ?? {};
  const problem = (key: string, code: 'not-supported' | 'invalid', text: string): void => {
    problems.push({ severity: lenient ? 'warning' : 'error', code, details: { text }, expression: [key] });
  };

  for (const [key, value] of query) {
    const [code, modifier] = splitModifier(key);
    if (value === '' && !code.startsWith('_')) {
      continue;
    }
    if (code === '_count' || code === '_offset') {
      const number = /^\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isNaN(number)) {
        problem(key, 'invalid', `${code} must be a non-negative integer, got "${value}"`);
      } else if (code === '_count') {
        count = Math.min(number, MAX_COUNT);
      } else {
        offset = number;
      }
      continue;
    }
    const reason = rejectReason(resourceType, searchParams, key, code, modifier, value);
    if (reason) {
      problem(
        key,
        reason.startsWith('Unknown') || reason.startsWith('Invalid') ? 'invalid' : 'not-supported',
        reason,
      );
      continue;
    }
    params.push(rewriteTypedReference(searchParams[code], code, modifier, value) ?? [key, value]);
  }

  if (problems.length > 0 && !lenient) {
    throw new OperationOutcomeError(rejection(problems));
  }
  return { params, count, offset, ignored: problems.map((issue) => issue.details?.text ?? '') };
}

function rejectReason(
  resourceType: string,
  searchParams: Record<string, SearchParameter>,
  key: string,
  code: string,
  modifier: string | undefined,
  value: string,
): string | undefined {
  if (code.startsWith('_has') || UNSUPPORTED.has(code)) {
    return `Search parameter ${code} is not supported by this server`;
  }
  if (RESULT_PARAMETERS.has(code)) {
    return code === '_sort'
      ? sortProblem(searchParams, value)
      : code === '_format' && /xml/i.test(value)
        ? 'Only JSON is supported'
        : undefined;
  }
  if (key.includes('.')) {
    return chainProblem(searchParams, key);
  }
  const param = searchParams[code];
  if (!param) {
    return `Unknown search parameter ${code} for ${resourceType}`;
  }
  if (!SUPPORTED_TYPES.has(param.type)) {
    return `Search parameter ${code} of type ${param.type} is not supported by this server`;
  }
  if (modifier === 'missing') {
    return value === 'true' || value === 'false' ? undefined : `Invalid value for ${key}: use true or false`;
  }
  if (
    modifier &&
    !MODIFIERS[param.type].includes(modifier) &&
    !(param.type === 'reference' && param.target?.includes(modifier as never))
  ) {
    return `Modifier :${modifier} is not supported for ${code} (type ${param.type})`;
  }
  if (param.type === 'date' && value.includes(' ')) {
    return `Invalid date in ${code}: "${value}" — a "+" in a time zone offset must be sent as %2B`;
  }
  return undefined;
}

function sortProblem(searchParams: Record<string, SearchParameter>, value: string): string | undefined {
  for (const field of value.split(',')) {
    const code = field.replace(/^-/, '');
    if (code !== '_id' && code !== '_lastUpdated' && !SORTABLE_TYPES.has(searchParams[code]?.type ?? '')) {
      return `Cannot sort by ${code}`;
    }
  }
  return undefined;
}

function chainProblem(searchParams: Record<string, SearchParameter>, key: string): string | undefined {
  const [head, ...rest] = key.split('.');
  const [code, targetType] = splitModifier(head);
  const param = searchParams[code];
  const target = targetType ?? (param?.target?.length === 1 ? param.target[0] : undefined);
  if (param?.type !== 'reference' || !target || rest.length !== 1) {
    return `Unsupported chained search ${key}: use one level, with :Type when ${code} has several targets`;
  }
  const [chained] = splitModifier(rest[0]);
  const chainedParam = getSearchParameters(target)?.[chained];
  if (!chainedParam || !SUPPORTED_TYPES.has(chainedParam.type)) {
    return `Unknown or unsupported search parameter ${chained} for ${target} in ${key}`;
  }
  return undefined;
}

/** `subject:Patient=X` → `subject=Patient/X` (each comma-separated value). */
function rewriteTypedReference(
  param: SearchParameter | undefined,
  code: string,
  modifier: string | undefined,
  value: string,
): [string, string] | undefined {
  if (param?.type !== 'reference' || !modifier || modifier === 'missing') {
    return undefined;
  }
  const values = value.split(',').map((item) => (item.includes('/') ? item : `${modifier}/${item}`));
  return [code, values.join(',')];
}

function splitModifier(key: string): [string, string | undefined] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key, undefined] : [key.slice(0, colon), key.slice(colon + 1)];
}

function rejection(issues: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: issues };
}

import type { Resource } from '@medplum/fhirtypes';
import { searchParameter, searchParameterValues } from './search-values';

/**
 * For each (resource type, reference search parameter) asked for, which resources point to which
 * target id. Built on the first search that uses the pair, then kept up to date on every write,
 * so `Observation?patient=X` looks at X's observations only instead of every observation.
 *
 * Keys are the target's id (the last segment of `Patient/X`, `https://…/Patient/X`,
 * `Patient/X/_history/2`). A lookup returns candidates; the search still checks each one against
 * every filter, so the index may over-approximate but never miss a match.
 */
export class ReferenceIndex {
  /** type → parameter code → target id → ids of resources that point there. */
  private readonly byTarget = new Map<string, Map<string, Map<string, Set<string>>>>();
  /** type → parameter code → resource id → its target ids, to undo on update or delete. */
  private readonly targetsOf = new Map<string, Map<string, Map<string, string[]>>>();

  has(resourceType: string, code: string): boolean {
    return this.byTarget.get(resourceType)?.has(code) ?? false;
  }

  build(resourceType: string, code: string, resources: Iterable<Resource>): void {
    this.typeMap(this.byTarget, resourceType).set(code, new Map());
    this.typeMap(this.targetsOf, resourceType).set(code, new Map());
    for (const resource of resources) {
      this.add(resourceType, code, resource);
    }
  }

  /** Re-indexes a created or updated resource under every parameter built for its type. */
  put(resource: Resource): void {
    const codes = this.byTarget.get(resource.resourceType);
    if (!codes || !resource.id) {
      return;
    }
    for (const code of codes.keys()) {
      this.removeFrom(resource.resourceType, code, resource.id);
      this.add(resource.resourceType, code, resource);
    }
  }

  remove(resourceType: string, id: string): void {
    for (const code of this.byTarget.get(resourceType)?.keys() ?? []) {
      this.removeFrom(resourceType, code, id);
    }
  }

  /** Ids of resources of `resourceType` whose `code` reference points to one of `targetIds`. */
  lookup(resourceType: string, code: string, targetIds: readonly string[]): Set<string> {
    const index = this.byTarget.get(resourceType)?.get(code);
    const result = new Set<string>();
    for (const target of targetIds) {
      for (const id of index?.get(target) ?? []) {
        result.add(id);
      }
    }
    return result;
  }

  clear(): void {
    this.byTarget.clear();
    this.targetsOf.clear();
  }

  private add(resourceType: string, code: string, resource: Resource): void {
    const param = searchParameter(resourceType, code);
    if (!param || !resource.id) {
      return;
    }
    const values = param.expression
      ? (directFieldValues(resource, param.expression) ?? searchParameterValues(resource, param))
      : [];
    const targets = [...new Set(values.flatMap(referenceStrings).map(referenceKey))];
    const index = this.byTarget.get(resourceType)?.get(code);
    const reverse = this.targetsOf.get(resourceType)?.get(code);
    if (!index || !reverse) {
      return;
    }
    for (const target of targets) {
      let ids = index.get(target);
      if (!ids) {
        ids = new Set();
        index.set(target, ids);
      }
      ids.add(resource.id);
    }
    reverse.set(resource.id, targets);
  }

  private removeFrom(resourceType: string, code: string, id: string): void {
    const reverse = this.targetsOf.get(resourceType)?.get(code);
    const index = this.byTarget.get(resourceType)?.get(code);
    for (const target of reverse?.get(id) ?? []) {
      index?.get(target)?.delete(id);
    }
    reverse?.delete(id);
  }

  private typeMap<V>(root: Map<string, Map<string, V>>, resourceType: string): Map<string, V> {
    let map = root.get(resourceType);
    if (!map) {
      map = new Map();
      root.set(resourceType, map);
    }
    return map;
  }
}

const SIMPLE_REFERENCE_PATH = /^([A-Za-z]+)\.([A-Za-z]+)(?:\.where\(resolve\(\) is [A-Za-z]+\))?$/;

/**
 * For the common `Type.field` and `Type.field.where(resolve() is Target)` expressions, the
 * field's values read directly (about a hundred times faster than FHIRPath). Ignoring the
 * `where` can only add candidates, which the search then rejects. Undefined for other expressions.
 */
function directFieldValues(resource: Resource, expression: string): unknown[] | undefined {
  const match = SIMPLE_REFERENCE_PATH.exec(expression);
  if (!match || match[1] !== resource.resourceType) {
    return undefined;
  }
  const value = (resource as unknown as Record<string, unknown>)[match[2]];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function referenceStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  const reference = (value as { reference?: unknown } | undefined)?.reference;
  return typeof reference === 'string' ? [reference] : [];
}

/** The target id of a reference or a search value: `Patient/X`, `X`, `http://h/fhir/Patient/X/_history/1` → `X`. */
export function referenceKey(reference: string): string {
  const segments = reference.split('?')[0].split('/');
  const history = segments.lastIndexOf('_history');
  return history > 0 ? segments[history - 1] : segments[segments.length - 1];
}

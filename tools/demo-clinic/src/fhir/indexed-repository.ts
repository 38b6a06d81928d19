import {
  deepClone,
  type Filter,
  isChainedSearchFilter,
  matchesSearchRequest,
  Operator,
  type SearchRequest,
  splitSearchOnComma,
  type WithId,
} from '@medplum/core';
import {
  type CreateResourceOptions,
  type DeleteResourceOptions,
  getExtraEntries,
  MemoryRepository,
} from '@medplum/fhir-router';
import type { Bundle, BundleEntry, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { ReferenceIndex, referenceKey } from './reference-index';
import { sortResources } from './search-sort';
import { searchParameter } from './search-values';
import { isStringFilter, matchesStringFilter } from './string-search';

interface Stored {
  readonly resource: Resource;
  /** Order of first creation, which is the order searches return resources in. */
  readonly seq: number;
}

/**
 * Medplum's `MemoryRepository` with a faster, more faithful search.
 *
 * Every write goes to the engine as usual; the repository keeps its own copy of the current
 * versions in creation order plus a `ReferenceIndex`. A search then starts from the resources a
 * reference filter (`patient`, `subject`, `schedule`, …) or `_id` points to, checks the other
 * filters with the engine's matcher on those only, applies FHIR string semantics and typed
 * `_sort`, and clones just the requested page. Chained searches go to the engine unchanged.
 */
export class IndexedMemoryRepository extends MemoryRepository {
  private readonly stored = new Map<string, Map<string, Stored>>();
  private readonly references = new ReferenceIndex();
  private nextSeq = 0;

  private bulkLoading = false;

  /** Seeding, as in the engine; the returned resources are not for the caller to keep or change meanwhile. */
  override async withSeeding<T>(fn: () => T | Promise<T>): Promise<T> {
    return super.withSeeding(async () => {
      this.bulkLoading = true;
      try {
        return await fn();
      } finally {
        this.bulkLoading = false;
      }
    });
  }

  override async createResource<T extends Resource>(
    resource: T,
    options?: CreateResourceOptions,
    update = false,
  ): Promise<WithId<T>> {
    const result = await super.createResource(resource, options, update);
    // While seeding nobody keeps the result, so it can be stored without another copy.
    this.remember(this.bulkLoading ? result : deepClone(result));
    return result;
  }

  override async conditionalCreate<T extends Resource>(
    resource: T,
    search: SearchRequest<T>,
    options?: CreateResourceOptions,
  ): Promise<{ resource: WithId<T>; outcome: OperationOutcome }> {
    const result = await super.conditionalCreate(resource, search, options);
    this.remember(deepClone(result.resource));
    return result;
  }

  override async deleteResource(
    resourceType: string,
    id: string,
    options?: DeleteResourceOptions,
  ): Promise<void> {
    await super.deleteResource(resourceType, id, options);
    this.forget(resourceType, id);
  }

  override async expungeResources(resourceType: string, ids: string[]): Promise<void> {
    await super.expungeResources(resourceType, ids);
    for (const id of ids) {
      this.forget(resourceType, id);
    }
  }

  override clear(): void {
    super.clear();
    this.stored.clear();
    this.references.clear();
  }

  /** Builds the reference index for a search parameter now rather than on its first search. */
  indexReferences(resourceType: string, code: string): void {
    const all = this.stored.get(resourceType);
    if (
      all &&
      searchParameter(resourceType, code)?.type === 'reference' &&
      !this.references.has(resourceType, code)
    ) {
      this.references.build(
        resourceType,
        code,
        [...all.values()].map((stored) => stored.resource),
      );
    }
  }

  /** Number of current resources per type. */
  countByType(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [resourceType, resources] of this.stored) {
      if (resources.size > 0) {
        counts[resourceType] = resources.size;
      }
    }
    return counts;
  }

  override async search<T extends Resource>(request: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    const filters = request.filters ?? [];
    if (filters.some(isChainedSearchFilter) || request.types) {
      return super.search(request);
    }
    const stringFilters = filters.filter((filter) => isStringFilter(request.resourceType, filter));
    const engineRequest: SearchRequest<T> = {
      ...request,
      filters: filters.filter((filter) => !stringFilters.includes(filter)),
    };
    let matches = this.candidates(request.resourceType, filters).map((stored) => stored.resource);
    if (filters.length > 0) {
      matches = matches.filter(
        (resource) =>
          matchesSearchRequest(resource, engineRequest) &&
          stringFilters.every((filter) => matchesStringFilter(resource, filter)),
      );
    }
    if (request.sortRules?.length) {
      matches = sortResources(matches, request.sortRules);
    }
    const offset = Math.max(0, request.offset ?? 0);
    const page = (
      request.count === undefined ? matches.slice(offset) : matches.slice(offset, offset + request.count)
    ).map((resource) => deepClone(resource) as WithId<T>);
    const entries: BundleEntry<WithId<T>>[] = page.map((resource) => ({
      search: { mode: 'match' },
      resource,
    }));
    if ((request.include || request.revInclude) && page.length > 0) {
      await getExtraEntries(this, request, page, entries as BundleEntry[]);
    }
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: entries.length > 0 ? entries : undefined,
      total: matches.length,
    };
  }

  private candidates(resourceType: string, filters: readonly Filter[]): Stored[] {
    const all = this.stored.get(resourceType);
    if (!all) {
      return [];
    }
    for (const filter of filters) {
      const ids = this.indexedIds(resourceType, filter);
      if (ids) {
        return [...ids]
          .map((id) => all.get(id))
          .filter((stored): stored is Stored => stored !== undefined)
          .sort((a, b) => a.seq - b.seq);
      }
    }
    return [...all.values()];
  }

  /** The ids a filter narrows the search to, or undefined when it cannot use an index. */
  private indexedIds(resourceType: string, filter: Filter): Iterable<string> | undefined {
    if (filter.operator !== Operator.EQUALS) {
      return undefined;
    }
    const values = splitSearchOnComma(filter.value);
    if (values.some((value) => value === '')) {
      return undefined;
    }
    if (filter.code === '_id') {
      return values;
    }
    if (searchParameter(resourceType, filter.code)?.type !== 'reference') {
      return undefined;
    }
    this.indexReferences(resourceType, filter.code);
    return this.references.lookup(resourceType, filter.code, values.map(referenceKey));
  }

  private remember(resource: Resource): void {
    if (!resource.id) {
      return;
    }
    let resources = this.stored.get(resource.resourceType);
    if (!resources) {
      resources = new Map();
      this.stored.set(resource.resourceType, resources);
    }
    const seq = resources.get(resource.id)?.seq ?? this.nextSeq++;
    resources.set(resource.id, { resource, seq });
    this.references.put(resource);
  }

  private forget(resourceType: string, id: string): void {
    this.stored.get(resourceType)?.delete(id);
    this.references.remove(resourceType, id);
  }
}

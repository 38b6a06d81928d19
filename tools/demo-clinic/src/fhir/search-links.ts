import type { Bundle, BundleLink } from '@medplum/fhirtypes';
import type { NormalizedSearch } from './search-validation';

/**
 * Completes a searchset Bundle from the engine: `self`, `first`, `previous` and `next` links
 * (offset paging with `_count` and `_offset`; `next` only while more matches remain), `fullUrl`
 * on each entry, and — when `Prefer: handling=lenient` dropped parameters — an OperationOutcome
 * entry saying which.
 */
export function completeSearchBundle(
  bundle: Bundle,
  baseUrl: string,
  resourceType: string,
  search: NormalizedSearch,
): Bundle {
  const total = bundle.total ?? 0;
  const { count, offset } = search;
  const link = (relation: string, pageOffset: number): BundleLink => ({
    relation,
    url: pageUrl(baseUrl, resourceType, search, pageOffset),
  });
  const links: BundleLink[] = [link('self', offset)];
  if (count > 0) {
    links.push(link('first', 0));
    if (offset > 0) {
      links.push(link('previous', Math.max(0, offset - count)));
    }
    if (offset + count < total) {
      links.push(link('next', offset + count));
    }
  }
  const entry = (bundle.entry ?? []).map((item) => ({
    ...(item.resource?.id ? { fullUrl: `${baseUrl}/${item.resource.resourceType}/${item.resource.id}` } : {}),
    ...item,
  }));
  if (search.ignored.length > 0) {
    entry.push({
      resource: {
        resourceType: 'OperationOutcome',
        issue: search.ignored.map((text) => ({
          severity: 'warning',
          code: 'not-supported',
          details: { text: `Ignored: ${text}` },
        })),
      },
      search: { mode: 'outcome' },
    });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: new Date().toISOString(),
    total,
    link: links,
    ...(entry.length > 0 ? { entry } : {}),
  };
}

export function pageUrl(
  baseUrl: string,
  resourceType: string,
  search: NormalizedSearch,
  offset: number,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of search.params) {
    query.append(key, value);
  }
  query.set('_count', String(search.count));
  query.set('_offset', String(offset));
  return `${baseUrl}/${resourceType}?${query.toString()}`;
}

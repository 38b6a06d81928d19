import type { ExtractResource, ResourceType } from '@medplum/fhirtypes';
import { ClinicResponseError } from './clinic-errors';
import type { SearchPage } from './clinic-gateway';
import type { FhirHttpClient } from './fhir-http-client';
import { checkSearchBundle } from './fhir-response';
import { describeRequest, resolveOnOrigin } from './fhir-url';

export interface PagerOptions {
  base: URL;
  maxPages: number;
  maxBytes: number;
}

/**
 * Yields the pages of a search, starting at `first` and following `next` links — but only links
 * on the base's origin, never the same link twice, and at most `maxPages` pages: the server is
 * not trusted to end its paging. Each page is checked (see {@link checkSearchBundle}) before it
 * is yielded; a bad `next` link fails before the page that carries it is handed out, so a
 * caller never mistakes a cut-short result for a complete one.
 */
export async function* pageThrough<K extends ResourceType>(
  http: FhirHttpClient,
  type: K,
  first: URL,
  options: PagerOptions,
): AsyncGenerator<SearchPage<ExtractResource<K>>, void, undefined> {
  const fail = (detail: string) => new ClinicResponseError(`Paging through ${type} search results`, detail);
  const seen = new Set<string>([first.href]);
  let url: URL | undefined = first;
  let pageNumber = 0;
  while (url) {
    const response = await http.send({
      method: 'GET',
      url,
      what: describeRequest('GET', options.base, url),
      idempotent: true,
      expect: 'json',
      maxBytes: options.maxBytes,
    });
    if (response.json === undefined) throw fail(`page ${pageNumber + 1} has an empty body`);
    const page = checkSearchBundle(response.json, type);
    pageNumber += 1;

    let next: URL | undefined;
    if (page.next !== undefined) {
      next = resolveOnOrigin(options.base, page.next);
      if (!next) throw fail(`page ${pageNumber} links to another origin`);
      if (seen.has(next.href)) throw fail(`page ${pageNumber} links back to an earlier page`);
      if (pageNumber >= options.maxPages) throw fail(`more than ${options.maxPages} pages`);
      seen.add(next.href);
    }
    yield { resources: page.resources, included: page.included, total: page.total, pageNumber };
    url = next;
  }
}

/** Small HTTP helpers for the demo clinic's own tests. */

export interface TestResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export async function send<T = Record<string, unknown>>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<TestResponse<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/fhir+json',
      ...(body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

export function get<T = Record<string, unknown>>(
  url: string,
  headers?: Record<string, string>,
): Promise<TestResponse<T>> {
  return send<T>('GET', url, undefined, headers);
}

/** Builds `base/Type?k=v&…` with every value percent-encoded (Cyrillic, `+03:00`, `|`). */
export function searchUrl(baseUrl: string, type: string, params: Record<string, string | number>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${baseUrl}/${type}${query ? `?${query}` : ''}`;
}

interface SearchBundle {
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: {
    resource?: { resourceType: string; id?: string } & Record<string, unknown>;
    search?: { mode?: string };
  }[];
}

/** Follows `next` links from `url`, returning every matched resource and the number of pages. */
export async function collectPages(
  url: string,
  maxPages = 10_000,
): Promise<{
  resources: NonNullable<SearchBundle['entry']>[number]['resource'][];
  pages: number;
  total?: number;
}> {
  const resources: NonNullable<SearchBundle['entry']>[number]['resource'][] = [];
  let next: string | undefined = url;
  let pages = 0;
  let total: number | undefined;
  while (next && pages < maxPages) {
    const response: TestResponse<SearchBundle> = await get<SearchBundle>(next);
    if (response.status !== 200) {
      throw new Error(`GET ${next} answered ${response.status}`);
    }
    pages += 1;
    total = response.body.total;
    resources.push(
      ...(response.body.entry ?? []).filter((e) => e.search?.mode !== 'outcome').map((e) => e.resource),
    );
    next = response.body.link?.find((link) => link.relation === 'next')?.url;
  }
  return { resources, pages, total };
}

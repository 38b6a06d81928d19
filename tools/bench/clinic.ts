/**
 * `npm run bench -- clinic [--rounds 6] [--count 100] [--patients 200] [--url <FHIR base>]`
 *
 * Pages through every Observation of a demo clinic (200 patients, default seed) twice per round:
 * (a) through the clinic gateway's async iterator, with all its checks, and (b) with a bare
 * `fetch` loop following `next` links over the same pages. The order alternates between rounds
 * so neither side always profits from a warmed-up server. Prints resources/s for both and the
 * ratio gateway/plain (target ≥ 0.8) — the median of the rounds' ratios, each taken from two
 * passes run back to back, so drift of a shared machine's load cancels out. Both must see the
 * same number of resources.
 * `--url` measures against a FHIR server that is already running instead (read-only).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
// Imported by relative path and without Nest: tsx does not emit decorator metadata, and the
// adapter needs none (see backend/src/infra/clinic/clinic.module.ts).
import type { ClinicSettings } from '../../backend/src/infra/clinic/clinic-settings';
import { FhirClinicGateway } from '../../backend/src/infra/clinic/fhir-clinic-gateway';
import { startDemoClinicProcess } from '../scripts/demo-clinic-process';

export const description = 'paging over all Observations: clinic gateway vs a plain fetch loop';

const TARGET_RATIO = 0.8;

interface Pass {
  resources: number;
  pages: number;
  ms: number;
  total?: number;
}

async function viaGateway(gateway: FhirClinicGateway, count: number): Promise<Pass> {
  const started = performance.now();
  let resources = 0;
  let pages = 0;
  let total: number | undefined;
  for await (const page of gateway.search('Observation', { _count: count })) {
    resources += page.resources.length;
    pages += 1;
    total ??= page.total;
  }
  return { resources, pages, ms: performance.now() - started, total };
}

interface PlainBundle {
  total?: number;
  entry?: unknown[];
  link?: { relation: string; url: string }[];
}

async function viaPlainFetch(baseUrl: string, count: number): Promise<Pass> {
  const started = performance.now();
  let url: string | undefined = `${baseUrl.replace(/\/$/, '')}/Observation?_count=${count}`;
  let resources = 0;
  let pages = 0;
  let total: number | undefined;
  while (url) {
    const response = await fetch(url, { headers: { accept: 'application/fhir+json' } });
    if (!response.ok) throw new Error(`plain fetch: ${response.status}`);
    const bundle = (await response.json()) as PlainBundle;
    resources += bundle.entry?.length ?? 0;
    pages += 1;
    total ??= bundle.total;
    url = bundle.link?.find((link) => link.relation === 'next')?.url;
  }
  return { resources, pages, ms: performance.now() - started, total };
}

const rate = (pass: Pass) => (pass.resources * 1000) / pass.ms;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(8);

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: 'string', default: '6' },
      count: { type: 'string', default: '100' },
      patients: { type: 'string', default: '200' },
      url: { type: 'string' },
    },
  });
  const rounds = Number(values.rounds);
  const count = Number(values.count);
  const patients = Number(values.patients);

  if (!values.url) console.log(`Starting the demo clinic (${patients} patients, default seed)…`);
  const clinic = values.url
    ? { baseUrl: values.url, stop: async () => undefined }
    : await startDemoClinicProcess({ patients });
  try {
    const settings: ClinicSettings = {
      CLINIC_FHIR_URL: clinic.baseUrl,
      CLINIC_AUTH: 'none',
      CLINIC_SMART_SCOPE: 'system/*.rs',
      CLINIC_TIMEOUT_MS: 60_000,
      CLINIC_RETRIES: 3,
      CLINIC_MAX_PAGES: 100_000,
      CLINIC_SNILS_SYSTEM: 'urn:oid:1.2.643.100.3',
      CLINIC_MRN_SYSTEM: 'urn:clinic:mrn',
    };
    const gateway = new FhirClinicGateway(settings);

    // Warm-up (JIT of both clients and of the server, keep-alive connections): two passes each.
    const warm = await viaGateway(gateway, count);
    await viaPlainFetch(clinic.baseUrl, count);
    await viaGateway(gateway, count);
    await viaPlainFetch(clinic.baseUrl, count);
    console.log(
      `${clinic.baseUrl}: ${warm.resources} Observations in ${warm.pages} pages of _count=${count}` +
        ` (Bundle.total ${warm.total ?? 'not sent'}); ${rounds} rounds\n`,
    );

    const gatewayRates: number[] = [];
    const plainRates: number[] = [];
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const gatewayFirst = round % 2 === 1;
      const first = gatewayFirst
        ? await viaGateway(gateway, count)
        : await viaPlainFetch(clinic.baseUrl, count);
      const second = gatewayFirst
        ? await viaPlainFetch(clinic.baseUrl, count)
        : await viaGateway(gateway, count);
      const [g, p] = gatewayFirst ? [first, second] : [second, first];
      if (g.resources !== p.resources || g.resources !== warm.resources) {
        throw new Error(
          `resource counts differ: gateway ${g.resources}, plain ${p.resources}, warm-up ${warm.resources}`,
        );
      }
      gatewayRates.push(rate(g));
      plainRates.push(rate(p));
      ratios.push(rate(g) / rate(p));
      console.log(
        `round ${round} (${gatewayFirst ? 'gateway first' : 'plain first  '})  gateway ${fmt(rate(g))} res/s` +
          `  plain ${fmt(rate(p))} res/s  ratio ${(rate(g) / rate(p)).toFixed(2)}`,
      );
    }

    const g = median(gatewayRates);
    const p = median(plainRates);
    const ratio = median(ratios);
    console.log(
      `\nresources per pass : ${warm.resources} (gateway and plain fetch agree; Bundle.total ${warm.total ?? '—'})`,
    );
    console.log(`gateway (median)   : ${fmt(g)} resources/s`);
    console.log(`plain fetch (median): ${fmt(p)} resources/s`);
    console.log(
      `ratio gateway/plain: ${ratio.toFixed(2)} (median of rounds) (target ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'OK' : 'BELOW TARGET'}`,
    );
  } finally {
    await clinic.stop();
  }
}

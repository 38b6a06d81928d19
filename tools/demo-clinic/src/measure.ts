/**
 * `tsx tools/demo-clinic/src/measure.ts [--patients 200] [--seed 1]`
 *
 * Measures the demo clinic: startup (definitions, data, seeding), resource counts, the throughput
 * of paging `Observation?_count=100` through every observation, and `Observation?patient=`
 * latency. Prints a small report; numbers depend on the machine and its load.
 */
import { parseCliOptions } from './cli-options';
import { loadFhirDefinitions } from './fhir/fhir-definitions';
import { startDemoClinic } from './start-demo-clinic';

interface Page {
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: unknown[];
}

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), {});
  const t0 = performance.now();
  loadFhirDefinitions();
  const definitionsMs = performance.now() - t0;
  const clinic = await startDemoClinic({ port: 0, patients: options.patients, seed: options.seed });
  const counts = clinic.repo.countByType();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`startup: ${Math.round(definitionsMs + clinic.startupMs)} ms`);
  console.log(
    `  FHIR definitions ${Math.round(definitionsMs)} ms; generate + seed + listen ${clinic.startupMs} ms`,
  );
  console.log(`resources: ${total}`);
  for (const [type, count] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${type.padEnd(20)} ${count}`);
  }

  let next: string | undefined = `${clinic.baseUrl}/Observation?_count=100`;
  let pages = 0;
  let observations = 0;
  let bytes = 0;
  const pagingStart = performance.now();
  while (next) {
    const response = await fetch(next, { headers: { accept: 'application/fhir+json' } });
    const text = await response.text();
    bytes += text.length;
    const page = JSON.parse(text) as Page;
    pages += 1;
    observations += page.entry?.length ?? 0;
    next = page.link?.find((link) => link.relation === 'next')?.url;
  }
  const pagingSeconds = (performance.now() - pagingStart) / 1000;
  console.log(
    `paging Observation?_count=100: ${pages} pages, ${observations} observations, ${(bytes / 1e6).toFixed(1)} MB in ` +
      `${pagingSeconds.toFixed(2)} s = ${(pages / pagingSeconds).toFixed(0)} requests/s`,
  );

  const patients = await (await fetch(`${clinic.baseUrl}/Patient?_count=1000`)).json();
  const ids = ((patients as { entry?: { resource: { id: string } }[] }).entry ?? []).map(
    (e) => e.resource.id,
  );
  const latencies: number[] = [];
  const searchStart = performance.now();
  for (const id of ids) {
    const started = performance.now();
    const response = await fetch(
      `${clinic.baseUrl}/Observation?patient=${id}&_lastUpdated=gt2020-01-01&_count=100`,
    );
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  const searchSeconds = (performance.now() - searchStart) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(
    `Observation?patient=X&_lastUpdated=gt…&_count=100 for ${ids.length} patients: ` +
      `${(ids.length / searchSeconds).toFixed(0)} requests/s, p50 ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms`,
  );
  await clinic.close();
}

void main();

/**
 * `npm run bench -- <name> [args…]`: runs `tools/bench/<name>.ts`, a module exporting
 * `run(args)` and a one-line `description`. Without a name, or with an unknown one, lists the
 * benchmarks. Helpers of the benchmarks live in `support/`, so every top-level file is one.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Benchmark {
  description: string;
  run(args: string[]): Promise<void>;
}

function benchmarkNames(): string[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file !== 'main.ts')
    .map((file) => basename(file, '.ts'))
    .sort();
}

async function load(name: string): Promise<Benchmark> {
  return (await import(join(__dirname, `${name}.ts`))) as Benchmark;
}

async function list(): Promise<void> {
  console.log('Usage: npm run bench -- <name> [args…]\n\nBenchmarks:');
  for (const name of benchmarkNames()) console.log(`  ${name.padEnd(12)} ${(await load(name)).description}`);
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !benchmarkNames().includes(name)) {
    if (name) console.error(`Unknown benchmark "${name}".\n`);
    await list();
    process.exitCode = name ? 1 : 0;
    return;
  }
  await (await load(name)).run(args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { DEFAULT_PATIENTS, DEFAULT_SEED } from './generator/generate-clinic';
import { DEFAULT_HOST, DEFAULT_PORT } from './start-demo-clinic';

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly patients: number;
  readonly seed: number;
  readonly log: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: tsx tools/demo-clinic/src/main.ts [--port 8090] [--host 127.0.0.1] [--patients 200] [--seed 1] [--log]

A FHIR R4 server with synthetic clinic data, for development, demos and tests.
  --port      TCP port; 0 picks a free one          (env DEMO_CLINIC_PORT, default ${DEFAULT_PORT})
  --host      address to listen on                  (env DEMO_CLINIC_HOST, default ${DEFAULT_HOST})
  --patients  number of patients                    (env DEMO_CLINIC_PATIENTS, default ${DEFAULT_PATIENTS})
  --seed      seed of the generated data            (env DEMO_CLINIC_SEED, default ${DEFAULT_SEED})
  --log       print one line per request to stderr  (env DEMO_CLINIC_LOG=1)
On start it prints "DEMO_CLINIC_READY <FHIR base URL>" and the demo patients.`;

/**
 * Options from the command line, then the environment, then the defaults. Throws an Error naming
 * the option when a value is not valid.
 */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliOptions {
  const flags = new Map<string, string>();
  let log = env.DEMO_CLINIC_LOG === '1' || env.DEMO_CLINIC_LOG === 'true';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--log') {
      log = true;
      continue;
    }
    const match = /^--(port|host|patients|seed)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new Error(`Unknown argument ${arg}\n\n${USAGE}`);
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) {
      throw new Error(`--${match[1]} needs a value`);
    }
    flags.set(match[1], value);
  }
  const pick = (name: string, envName: string): string | undefined =>
    flags.get(name) ?? (env[envName] || undefined);
  return {
    port: integer('port', pick('port', 'DEMO_CLINIC_PORT'), DEFAULT_PORT, 0, 65535),
    host: pick('host', 'DEMO_CLINIC_HOST') ?? DEFAULT_HOST,
    patients: integer('patients', pick('patients', 'DEMO_CLINIC_PATIENTS'), DEFAULT_PATIENTS, 1, 100_000),
    seed: integer('seed', pick('seed', 'DEMO_CLINIC_SEED'), DEFAULT_SEED, -(2 ** 31), 2 ** 32 - 1),
    log,
    help,
  };
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) {
    return fallback;
  }
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

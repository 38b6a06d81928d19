import { parseCliOptions, USAGE } from './cli-options';
import { formatDemoTable } from './generator/demo-people';
import { type DemoClinic, startDemoClinic } from './start-demo-clinic';

/**
 * `tsx tools/demo-clinic/src/main.ts [--port 8090] [--host 127.0.0.1] [--patients 200] [--seed 1]`
 *
 * Prints `DEMO_CLINIC_READY <FHIR base URL>` on its own line once listening (for scripts that
 * spawn it), then a table of demo patients for people; stops cleanly on Ctrl-C or SIGTERM.
 */
async function main(): Promise<void> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2), process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  let clinic: DemoClinic;
  try {
    clinic = await startDemoClinic({
      port: options.port,
      host: options.host,
      patients: options.patients,
      seed: options.seed,
      log: options.log ? (line) => process.stderr.write(`${line}\n`) : undefined,
    });
  } catch (err) {
    const error = err as NodeJS.ErrnoException;
    const hint =
      error.code === 'EADDRINUSE' ? ` — port ${options.port} is taken; use --port 0 or another port` : '';
    process.stderr.write(`demo-clinic could not start: ${error.message}${hint}\n`);
    process.exit(1);
  }

  process.stdout.write(`DEMO_CLINIC_READY ${clinic.baseUrl}\n`);
  const total = Object.values(clinic.repo.countByType()).reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    [
      '',
      `Demo clinic (FHIR R4): ${clinic.baseUrl}`,
      `  ${options.patients} patients, ${total} resources, seed ${options.seed}, started in ${clinic.startupMs} ms`,
      `  try: curl '${clinic.baseUrl}/Patient?_count=5'`,
      `  test controls: ${clinic.rootUrl}/__admin`,
      '',
      'Register on the portal as one of these patients (or add the child under Family access):',
      formatDemoTable(clinic.demo),
      '',
    ].join('\n') + '\n',
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stderr.write(`demo-clinic: ${signal}, stopping\n`);
    clinic.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();

/**
 * `npm start`: the whole portal with a demo clinic on this machine. `npm run dev` does the same
 * with the backend rebuilt and restarted on change and the client served with live reload.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startChild, run, type Child } from './processes';
import { discoverServices, ensureDatabase, MissingServiceError, ROOT } from './services';
import { startStack } from './stack';

async function main(): Promise<void> {
  const dev = process.argv.includes('--dev');
  if (existsSync(join(ROOT, '.env'))) process.loadEnvFile(join(ROOT, '.env'));
  const port = Number(process.env.PORT ?? 3000);

  const services = await discoverServices();
  for (const note of services.notes) console.log(`• ${note}`);
  const databaseUrl =
    process.env.DATABASE_URL ?? (await ensureDatabase(services.postgresServerUrl, 'clinic_portal'));

  console.log('• Building the backend and the client (cached when unchanged)…');
  run('npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'backend',
    'frontend',
    '--output-style=stream-without-prefixes',
  ]);

  const extra: Child[] = [];
  if (dev)
    extra.push(startChild('build', 'npx', ['nx', 'run', 'backend:build', '--watch', '--skip-nx-cache']));
  const stack = await startStack({
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: databaseUrl,
      REDIS_URL: services.redisUrl,
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    },
    port,
    clinicPort: Number(process.env.DEMO_CLINIC_PORT ?? 8090),
    watch: dev,
  });
  if (dev) extra.push(startChild('client', 'npx', ['nx', 'serve', 'frontend', '--port', '4200']));

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.all(extra.map((c) => c.stop()));
    await stack.stop();
    await services.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  console.log(
    [
      '',
      '────────────────────────────────────────────────────────────',
      ` Clinic patient portal:  http://localhost:${port}`,
      dev ? ' Client with live reload: http://localhost:4200' : '',
      ` API documentation:      http://localhost:${port}/api/docs`,
      ` Queues dashboard:       http://localhost:${port}/api/admin/queues`,
      ` Clinic (FHIR R4):       ${stack.clinicUrl}`,
      ' Demo patients are listed above under [clinic]: register with one of them.',
      ' Press Ctrl-C to stop.',
      '────────────────────────────────────────────────────────────',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

main().catch((error) => {
  console.error(error instanceof MissingServiceError ? `\n${error.message}` : error);
  process.exit(1);
});

import 'reflect-metadata';
import { createApiApp } from './api';
import { configOrExit } from './bootstrap';

/** The API process: HTTP only. */
async function main(): Promise<void> {
  const config = configOrExit();
  const app = await createApiApp(config);
  await app.listen(config.PORT, config.HOST);
  process.stdout.write(`API listening on ${config.PUBLIC_URL} (port ${config.PORT})\n`);
}

main().catch((error) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});

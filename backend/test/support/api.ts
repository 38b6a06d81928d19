import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '../../src/api';
import { loadConfig } from '../../src/config/app-config';

export interface RunningApi {
  app: INestApplication;
  url: (path: string) => string;
  close(): Promise<void>;
}

/** Starts the real API application on a free port with the test run's environment. */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadConfig({ ...process.env, ...env });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => app.close(),
  };
}

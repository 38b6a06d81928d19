/**
 * The whole portal as processes: the demo clinic (unless CLINIC_FHIR_URL is set), migrations,
 * the API (which serves the built client) and the worker. Used by `npm start` and by the
 * browser tests of `npm test`.
 */
import { join } from 'node:path';
import { startDemoClinicProcess } from './demo-clinic-process';
import { prefixedPrinter, startChild, type Child, run, waitForHttp } from './processes';
import { ROOT } from './services';

export interface StackOptions {
  /** Environment for the API and the worker (DATABASE_URL, REDIS_URL, …). */
  env: NodeJS.ProcessEnv;
  port: number;
  /** Port of the demo clinic; 0 picks a free one. */
  clinicPort: number;
  clinicPatients?: number;
  /** Restart the API and the worker when the backend is rebuilt (`npm run dev`). */
  watch?: boolean;
}

export interface Stack {
  url: string;
  clinicUrl: string;
  children: Child[];
  stop(): Promise<void>;
}

const dist = (file: string) => join(ROOT, 'dist', 'backend', file);

export async function startStack(options: StackOptions): Promise<Stack> {
  const children: Child[] = [];
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    await Promise.all(children.reverse().map((c) => c.stop()));
    await Promise.all(stops.map((s) => s()));
  };
  try {
    let clinicUrl = options.env.CLINIC_FHIR_URL;
    if (!clinicUrl) {
      const clinic = await startDemoClinicProcess({
        port: options.clinicPort,
        patients: options.clinicPatients,
        onLine: prefixedPrinter('clinic'),
      });
      stops.push(clinic.stop);
      clinicUrl = clinic.baseUrl;
    }
    const env = { ...options.env, CLINIC_FHIR_URL: clinicUrl, PORT: String(options.port) };
    run(process.execPath, [dist('cli.js'), 'migrate'], env);
    const node = (file: string) =>
      options.watch ? ['--watch-path', join(ROOT, 'dist', 'backend'), dist(file)] : [dist(file)];
    children.push(startChild('worker', process.execPath, node('worker.js'), { env }));
    const api = startChild('api', process.execPath, node('main.js'), { env });
    children.push(api);
    const url = `http://127.0.0.1:${options.port}`;
    await waitForHttp(`${url}/api/health`);
    return { url, clinicUrl, children, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

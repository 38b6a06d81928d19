import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './services';

export interface DemoClinicProcess {
  baseUrl: string;
  /** The demo clinic's test controls (fault injection, counters), loopback only. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface DemoClinicProcessOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  patients?: number;
  seed?: number;
  /** Receives every line the clinic prints; by default only errors are shown. */
  onLine?: (line: string) => void;
}

/**
 * Runs the demo clinic as a child process — reached over HTTP like a real clinic server, on a
 * core of its own, and killable to simulate a clinic that is down. Used by `npm start`, the
 * backend tests and the benchmarks.
 */
export function startDemoClinicProcess(options: DemoClinicProcessOptions = {}): Promise<DemoClinicProcess> {
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'tools', 'demo-clinic', 'src', 'main.ts'),
    '--port',
    String(options.port ?? 0),
  ];
  if (options.patients !== undefined) args.push('--patients', String(options.patients));
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', options.onLine ? 'pipe' : 'inherit'],
  });
  if (options.onLine && child.stderr) createInterface({ input: child.stderr }).on('line', options.onLine);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('the demo clinic did not start within 120 s'));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo clinic exited with code ${code}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      options.onLine?.(line);
      const ready = /^DEMO_CLINIC_READY (\S+)/.exec(line);
      if (!ready) return;
      clearTimeout(timer);
      resolve({ baseUrl: ready[1], adminUrl: new URL('/__admin', ready[1]).toString(), stop });
    });
  });
}

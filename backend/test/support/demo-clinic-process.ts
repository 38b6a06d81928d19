import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface DemoClinicProcess {
  baseUrl: string;
  /** The admin API of the demo clinic (fault injection, stats). */
  adminUrl: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Runs the demo clinic as a child process on a free port, the way a real clinic server is
 * reached: over HTTP, killable to simulate a clinic that is down.
 */
export function startDemoClinicProcess(opts: {
  patients: number;
  seed: number;
  port?: number;
}): Promise<DemoClinicProcess> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'tools', 'demo-clinic', 'src', 'main.ts'),
      '--port',
      String(opts.port ?? 0),
      '--patients',
      String(opts.patients),
      '--seed',
      String(opts.seed),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('demo clinic did not start within 60 s'));
    }, 60_000);
    child.once('exit', (code) => reject(new Error(`demo clinic exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^DEMO_CLINIC_READY (\S+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      const baseUrl = match[1];
      resolve({ baseUrl, adminUrl: new URL('/__admin', baseUrl).toString(), stop });
    });
  });
}

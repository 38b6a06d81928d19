import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface DemoClinicChild {
  baseUrl: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Runs the demo clinic in a child process on a free port — a process of its own, so the
 * server does not share an event loop (and a core) with the client being measured.
 */
export function startDemoClinicChild(options: { patients: number; seed?: number }): Promise<DemoClinicChild> {
  const args = [
    join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    join(ROOT, 'tools', 'demo-clinic', 'src', 'main.ts'),
    '--port',
    '0',
    '--patients',
    String(options.patients),
    ...(options.seed === undefined ? [] : ['--seed', String(options.seed)]),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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
      reject(new Error(`the demo clinic exited with ${code}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^DEMO_CLINIC_READY (\S+)/.exec(line);
      if (!ready) return;
      clearTimeout(timer);
      resolve({ baseUrl: ready[1], stop });
    });
  });
}

/** Child processes of `npm start` / `npm test`: prefixed output, clean stop of them all. */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT } from './services';

const COLORS = [36, 35, 33, 32, 34];
let colorIndex = 0;

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the first stdout line that matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

/** Prints lines prefixed with a name, coloured on a terminal. */
export function prefixedPrinter(name: string): (line: string) => void {
  const color = COLORS[colorIndex++ % COLORS.length];
  const prefix = process.stdout.isTTY ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `;
  return (line) => process.stdout.write(prefix + line + '\n');
}

/** Starts a long-running child whose output lines are shown prefixed with its name. */
export function startChild(name: string, command: string, args: string[], options: SpawnOptions = {}): Child {
  const print = prefixedPrinter(name);
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const watchers: Array<{ pattern: RegExp; resolve: (m: RegExpExecArray) => void }> = [];
  const onLine = (line: string) => {
    print(line);
    for (const w of [...watchers]) {
      const match = w.pattern.exec(line);
      if (match) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(match);
      }
    }
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    process: child,
    waitForLine: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name}: no line matching ${pattern} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        void exited.then((code) => reject(new Error(`${name} exited with code ${code}`)));
        watchers.push({
          pattern,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to completion with inherited output; throws when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0)
    throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Polls a URL until it answers 200. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

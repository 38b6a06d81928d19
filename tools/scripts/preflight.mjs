// Runs before `npm start` and `npm test` with whatever Node the machine has, so it is plain
// JavaScript: it checks the Node version and installs the packages when they are missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `This project needs Node.js 24 (found ${process.version}).\n` +
      'Install it, then run the command again:\n' +
      '  nvm install 24 && nvm use 24      (with nvm; the repository has an .nvmrc)\n' +
      '  npm install -g --force node@24    (from the npm registry)\n',
  );
  process.exit(1);
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  process.stdout.write('Installing packages (npm ci)…\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

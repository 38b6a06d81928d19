/**
 * The client's API types come from the backend's OpenAPI document, never written twice:
 * `npm run api:generate` writes `frontend/src/app/core/api/{openapi.json,schema.ts}` from the
 * built backend; `--check` (run by `npm test`) fails when the committed files have drifted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { run } from './processes';
import { ROOT } from './services';

const OUT = join(ROOT, 'frontend', 'src', 'app', 'core', 'api');
const HEADER = '// Generated from the backend OpenAPI document by `npm run api:generate`. Do not edit.\n\n';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (!check) run('npx', ['nx', 'run', 'backend:build']);
  const json = execFileSync(process.execPath, [join(ROOT, 'dist', 'backend', 'cli.js'), 'openapi'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent' },
  });
  const schema = HEADER + astToString(await openapiTS(JSON.parse(json)));
  const files = { 'openapi.json': json, 'schema.ts': schema };
  if (check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(OUT, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    if (stale.length) {
      console.error(
        `The client's API types are out of date (${stale.map(([n]) => n).join(', ')}): run "npm run api:generate" and commit.`,
      );
      process.exit(1);
    }
    console.log('API types match the backend OpenAPI document.');
    return;
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT, name), text);
  console.log(
    `Wrote ${Object.keys(files)
      .map((n) => join('frontend/src/app/core/api', n))
      .join(', ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

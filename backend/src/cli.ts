import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  createAccount,
  CREATE_ACCOUNT_USAGE,
  parseCreateAccountArgs,
} from './accounts/cli/create-account.command';
import { ApiModule } from './api.module';
import { configOrExit } from './bootstrap';
import { typeormOptions } from './infra/database/typeorm-options';
import { createOpenApiDocument } from './infra/http/openapi';

type Command = { summary: string; run: (args: string[]) => Promise<void> };

const withDataSource = async <T>(fn: (ds: DataSource) => Promise<T>): Promise<T> => {
  const ds = await new DataSource(typeormOptions(configOrExit())).initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
};

const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply pending database migrations',
    run: () =>
      withDataSource(async (ds) => {
        const applied = await ds.runMigrations({ transaction: 'each' });
        process.stdout.write(
          applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}\n` : 'Database is up to date\n',
        );
      }),
  },
  'migrate:revert': {
    summary: 'revert the most recent migration',
    run: () => withDataSource((ds) => ds.undoLastMigration({ transaction: 'each' })),
  },
  'migrate:status': {
    summary: 'list migrations and whether each is applied',
    run: () =>
      withDataSource(async (ds) => {
        const pending = new Set(await pendingNames(ds));
        for (const m of ds.migrations)
          process.stdout.write(`${pending.has(m.name!) ? 'pending' : 'applied'}  ${m.name}\n`);
      }),
  },
  openapi: {
    summary: 'print the OpenAPI document of the API (JSON); connects to nothing',
    run: async () => {
      // Preview mode builds the module graph without instantiating providers: no database, no Redis.
      const app = await NestFactory.create(ApiModule.register(configOrExit()), {
        preview: true,
        logger: false,
      });
      app.setGlobalPrefix('api');
      process.stdout.write(`${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`);
      await app.close();
    },
  },
  'create-account': {
    summary: `create a clinic account that can sign in: ${CREATE_ACCOUNT_USAGE}`,
    run: async (args) => {
      const options = parseCreateAccountArgs(args);
      const { id } = await withDataSource((ds) => createAccount(ds, options));
      process.stdout.write(`Created ${options.role} account ${options.email} (${id})\n`);
    },
  },
  help: { summary: 'show this help', run: async () => printHelp() },
};

async function pendingNames(ds: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(`SELECT name FROM schema_migration`).catch(() => []);
  const applied = new Set(rows.map((r) => r.name));
  return ds.migrations.map((m) => m.name!).filter((n) => !applied.has(n));
}

function printHelp(): void {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  process.stdout.write('Usage: npm run cli -- <command> [options]\n\nCommands:\n');
  for (const [name, c] of Object.entries(commands))
    process.stdout.write(`  ${name.padEnd(width)}  ${c.summary}\n`);
}

/** Operator commands: `npm run cli -- help`. */
async function main(argv: string[]): Promise<void> {
  const [name = 'help', ...args] = argv;
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n`);
    printHelp();
    process.exitCode = 2;
    return;
  }
  await command.run(args);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});

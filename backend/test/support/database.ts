import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/infra/database/typeorm-options';
import { dropDatabase, ensureDatabase } from '../../../tools/scripts/services';

export interface IsolatedDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A database of its own, migrated, for a test whose assertions cover a whole table and so
 * must not see rows that tests running in parallel write to the run's shared database.
 */
export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const server = process.env.TEST_POSTGRES_SERVER_URL!;
  const name = `${process.env.TEST_DATABASE_NAME}_${randomBytes(3).toString('hex')}`;
  const url = await ensureDatabase(server, name);
  const dataSource = await new DataSource(typeormOptions({ DATABASE_URL: url })).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropDatabase(server, name);
    },
  };
}

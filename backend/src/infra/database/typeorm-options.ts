import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one description of the database connection, used by the API, the worker, the CLI and
 * the test setup. Schema changes come only from migrations (`synchronize` is never on).
 */
export function typeormOptions(config: Pick<AppConfig, 'DATABASE_URL'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 20, application_name: 'clinic-portal' },
  };
}

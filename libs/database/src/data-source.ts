import { DataSource, DataSourceOptions } from 'typeorm';
import { allEntities } from './entities';
import { ALL_MIGRATIONS } from './migrations';
import { ADVISORY_LOCKS } from './advisory-locks';

export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: allEntities(),
    migrations: ALL_MIGRATIONS,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    extra: { max: poolSize },
  };
}

/**
 * Connects and applies pending migrations. An advisory lock makes replicas starting together take
 * turns: the first migrates, the others then find nothing to do.
 */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, poolSize));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.migrations]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}

/** SQL that would bring the database in line with the entities: empty when there is no drift. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

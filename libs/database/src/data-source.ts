import { types } from 'pg';
import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { ALL_MIGRATIONS } from './migrations';
import { ADVISORY_LOCKS } from './advisory-locks';
import { parseTimestamptz } from './timestamp-parser';

// A DATE is a calendar day: read it as its "YYYY-MM-DD" text, never as a Date at local midnight
// (which shifts by the server's time zone). Entities and raw queries then agree.
types.setTypeParser(types.builtins.DATE, (value) => value);
types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamptz);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string | EntitySchema>;

/** Options for the product's database; the entities come from where the app is composed (libs/platform). */
export function dataSourceOptions(url: string, entities: EntityList, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
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
export async function openDatabase(url: string, entities: EntityList, poolSize?: number): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, entities, poolSize));
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

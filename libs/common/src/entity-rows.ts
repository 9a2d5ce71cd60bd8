import type { Pool } from 'pg';
import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hand-written joins without TypeORM's entity transformer, for hot paths (search hydration):
 * the select list and the row mapping both come from the entity metadata, so they cannot drift.
 */
export function selectColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.propertyName}"`)
    .join(', ');
}

/** Each column's property and its key in a row read with `prefix`, worked out once (hydrating 100 000 rows built 9 million keys). */
const keysByPrefix = new WeakMap<EntityMetadata, Map<string, [property: string, key: string][]>>();

function rowKeys(metadata: EntityMetadata, prefix: string): [property: string, key: string][] {
  let byPrefix = keysByPrefix.get(metadata);
  if (!byPrefix) keysByPrefix.set(metadata, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) byPrefix.set(prefix, (keys = metadata.columns.map((c) => [c.propertyName, `${prefix}${c.propertyName}`])));
  return keys;
}

export function rowToEntity<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>, prefix: string): T | null {
  const metadata = dataSource.getMetadata(entity);
  const keys = rowKeys(metadata, prefix);
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  const result = metadata.create() as Record<string, unknown>;
  // Calendar dates arrive as "YYYY-MM-DD" (the DATE parser set in libs/database), as entities hold them.
  for (const [property, key] of keys) result[property] = row[key];
  return result as T;
}

/**
 * Inserts many entities in one statement with one parameter (a JSON array read by
 * jsonb_populate_recordset), far cheaper than a multi-row VALUES list for bulk loads. A column with a
 * default that no entity sets takes its default; any other missing value is NULL.
 */
export async function insertRows<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, entities: T[]): Promise<void> {
  if (!entities.length) return;
  const metadata = em.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => c.default === undefined || entities.some((e) => (e as Record<string, unknown>)[c.propertyName] !== undefined));
  const rows = entities.map((e) => {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.databaseName] = (e as Record<string, unknown>)[c.propertyName] ?? null;
    return row;
  });
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  await em.query(`INSERT INTO "${metadata.tableName}" (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::"${metadata.tableName}", $1::jsonb)`, [
    JSON.stringify(rows),
  ]);
}

/**
 * A read outside any transaction as a named prepared statement: PostgreSQL plans it once per
 * connection instead of on every call (planning a wide three-table join cost more than running it).
 * `name` must be unique to `text`.
 */
export async function preparedQuery<R>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query({ name, text, values })).rows as R[];
}

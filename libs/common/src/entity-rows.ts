import type { Pool } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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

export function rowToEntity<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>, prefix: string): T | null {
  const metadata = dataSource.getMetadata(entity);
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  const result = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    // Calendar dates arrive as "YYYY-MM-DD" (the DATE parser set in libs/database), as entities hold them.
    result[column.propertyName] = row[`${prefix}${column.propertyName}`];
  }
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
  const rows = entities.map((e) => Object.fromEntries(columns.map((c) => [c.databaseName, (e as Record<string, unknown>)[c.propertyName] ?? null])));
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

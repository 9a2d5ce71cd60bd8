import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingSchemaChanges } from '@app/database';
import { APP_ENTITIES } from '@app/platform';

/**
 * Writes a migration with the SQL that brings a migrated database in line with the entities.
 * Usage: npm run cli -- migration:generate <Name>  (needs DATABASE_URL, or use via the cli entry).
 */
export async function generateMigration(url: string, name: string): Promise<string | undefined> {
  const dataSource = new DataSource(dataSourceOptions(url, APP_ENTITIES()));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const queries = await pendingSchemaChanges(dataSource);
  await dataSource.destroy();
  if (!queries.length) return undefined;
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const file = path.resolve('libs/database/src/migrations', `${stamp}-${name}.ts`);
  const body = queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  fs.writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  async up(queryRunner: QueryRunner): Promise<void> {\n${body}\n  }\n\n  async down(): Promise<void> {\n    throw new Error('Restore from backup to go back past ${name}');\n  }\n}\n`,
  );
  return file;
}

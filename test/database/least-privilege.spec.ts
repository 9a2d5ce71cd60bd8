import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openAppDatabase } from '@app/platform';

const ROOT = path.resolve(__dirname, '../..');

/** The production stack's api role, created by the same script docker-compose runs, can migrate and run the product. */
describe('least-privilege database role', () => {
  it('is what docker-compose connects the api as', () => {
    const compose = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/DATABASE_URL: postgresql:\/\/directory_app:\$\{APP_DB_PASSWORD\}@postgres:5432\/directory/);
    expect(compose).toMatch(/\.\/deploy\/postgres:\/docker-entrypoint-initdb\.d:ro/);
    expect(fs.readFileSync(path.join(ROOT, 'deploy/postgres/10-app-role.sh'), 'utf8')).toMatch(/-f \/docker-entrypoint-initdb\.d\/app-role\.psql/);
  });

  it('owns its database and can apply every migration, without being a superuser', async () => {
    const suffix = randomBytes(4).toString('hex');
    const user = `app_${suffix}`;
    const database = `appdb_${suffix}`;
    const password = randomBytes(12).toString('hex');
    const server = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
    await server.connect();
    try {
      // The script as psql would run it, with its variables quoted the way psql quotes them.
      const script = fs
        .readFileSync(path.join(ROOT, 'deploy/postgres/app-role.psql'), 'utf8')
        .replace(/:"app_user"/g, server.escapeIdentifier(user))
        .replace(/:"app_db"/g, server.escapeIdentifier(database))
        .replace(/:'app_password'/g, server.escapeLiteral(password));
      for (const statement of script
        .split(';')
        .map((s) => s.replace(/--.*$/gm, '').trim())
        .filter(Boolean))
        await server.query(statement);

      const url = process.env.TEST_PG_SERVER_URL!.replace(/\/\/[^@]+@/, `//${user}:${password}@`).replace(/\/[^/]+$/, `/${database}`);
      const dataSource = await openAppDatabase(url, 2);
      try {
        const [role] = await dataSource.query('SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user');
        expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
        expect((await dataSource.query('SELECT count(*)::int AS n FROM taxonomy_terms'))[0].n).toBeGreaterThan(0);
        await expect(dataSource.query('CREATE ROLE sneaky')).rejects.toThrow(/permission denied/);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await server.query(`DROP DATABASE IF EXISTS ${server.escapeIdentifier(database)} WITH (FORCE)`);
      await server.query(`DROP ROLE IF EXISTS ${server.escapeIdentifier(user)}`);
      await server.end();
    }
  });
});

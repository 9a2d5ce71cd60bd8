import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['activities', 'organisations', 'venues'];

/**
 * Every committed change to a listing, its organisation or its venue is announced on the
 * `directory_changed` channel as "<table> <id>,<id>…" (or "<table> *" for many rows, or a
 * truncation), so processes that keep copies of listings drop them, whoever wrote the change.
 */
export class DirectoryChangeNotices1795400000020 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids text;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          ids := '*';
        ELSIF TG_OP = 'DELETE' THEN
          SELECT CASE WHEN count(*) > 100 THEN '*' ELSE string_agg(id::text, ',') END INTO ids FROM changed_before;
        ELSE
          SELECT CASE WHEN count(*) > 100 THEN '*' ELSE string_agg(id::text, ',') END INTO ids FROM changed_after;
        END IF;
        IF ids IS NOT NULL THEN PERFORM pg_notify('directory_changed', TG_TABLE_NAME || ' ' || ids); END IF;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_updated AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_after FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_before FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
      );
      await queryRunner.query(`CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const event of ['updated', 'deleted', 'truncated']) await queryRunner.query(`DROP TRIGGER ${table}_${event} ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION directory_changed()');
  }
}

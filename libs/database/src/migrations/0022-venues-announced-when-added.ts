import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Added venues are announced on `directory_changed` too, as "venues <id>,<id>… new" (or "venues *
 * new"): search keeps every place a listing can be found at (KnownSpots) and must hear of new ones.
 */
export class VenuesAnnouncedWhenAdded1795400000022 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION venues_added() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids text;
      BEGIN
        SELECT CASE WHEN count(*) > 100 THEN '*' ELSE string_agg(id::text, ',') END INTO ids FROM added;
        IF ids IS NOT NULL THEN PERFORM pg_notify('directory_changed', 'venues ' || ids || ' new'); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER venues_added AFTER INSERT ON venues REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION venues_added()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER venues_added ON venues');
    await queryRunner.query('DROP FUNCTION venues_added()');
  }
}

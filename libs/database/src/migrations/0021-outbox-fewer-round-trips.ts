import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new listing takes its search version as it is inserted (the sequence is the column's default),
 * so queueing it for search no longer rewrites the row it has just written. A relay claims its
 * outbox rows in one statement: the function takes the claim lock, then claims with a snapshot taken
 * after the lock (PL/pgSQL takes one per statement), as the transaction of four statements did.
 */
export class OutboxFewerRoundTrips1795400000021 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE activities ALTER COLUMN search_version SET DEFAULT nextval('search_version_seq'::regclass)`);
    await queryRunner.query(`
      CREATE FUNCTION claim_search_outbox(lock_key bigint, batch_size integer, lease_seconds integer)
      RETURNS TABLE (id bigint, activity_id uuid, attempts integer) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        RETURN QUERY
          UPDATE search_outbox o
             SET locked_until = now() + make_interval(secs => lease_seconds), attempts = o.attempts + 1
           WHERE o.id IN (
             SELECT c.id FROM search_outbox c
              WHERE c.next_attempt_at <= now()
                AND (c.locked_until IS NULL OR c.locked_until < now())
                AND NOT EXISTS (SELECT 1 FROM search_outbox l
                                 WHERE l.activity_id = c.activity_id AND l.locked_until >= now())
              ORDER BY c.id
              LIMIT batch_size
              FOR UPDATE SKIP LOCKED)
          RETURNING o.id, o.activity_id, o.attempts;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION claim_search_outbox(bigint, integer, integer)');
    await queryRunner.query(`ALTER TABLE activities ALTER COLUMN search_version SET DEFAULT '0'`);
  }
}

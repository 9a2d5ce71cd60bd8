import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search documents now carry their place as `spot` and `cells` instead of `_geo`: resend every one. */
export class SearchPlacesWithoutGeo1795400000019 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`WITH bumped AS (UPDATE activities SET search_version = nextval('search_version_seq') RETURNING id)
      INSERT INTO search_outbox (activity_id) SELECT id FROM bumped`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the resent documents are built by whichever version runs.
  }
}

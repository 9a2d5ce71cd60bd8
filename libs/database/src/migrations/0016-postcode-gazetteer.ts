import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostcodeGazetteer1795400000016 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // Replaced whole by each `postcodes:load` (built beside it, renamed into place), so the key is named.
    await queryRunner.query(`CREATE TABLE "postcodes" (
      "postcode" character varying(8) NOT NULL, "outcode" character varying(4) NOT NULL,
      "latitude" double precision NOT NULL, "longitude" double precision NOT NULL,
      "district" character varying(9), "lsoa" character varying(9), "terminated_on" date,
      CONSTRAINT "postcodes_pkey" PRIMARY KEY ("postcode"))`);
    await queryRunner.query(`CREATE TABLE "postcode_districts" (
      "code" character varying(9) NOT NULL, "name" character varying(100),
      CONSTRAINT "postcode_districts_pkey" PRIMARY KEY ("code"))`);

    await queryRunner.query(`CREATE TYPE "public"."location_precision" AS ENUM('COORDINATES', 'POSTCODE', 'OUTCODE')`);
    await queryRunner.query(`ALTER TABLE "venues"
      ADD "precision" "public"."location_precision" NOT NULL DEFAULT 'OUTCODE',
      ADD "postcode_terminated_on" date,
      ALTER COLUMN "postcode" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "activities"
      ADD "coverage_outcodes" text array NOT NULL DEFAULT '{}',
      ADD "coverage_districts" text array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activities" DROP COLUMN "coverage_districts", DROP COLUMN "coverage_outcodes"');
    await queryRunner.query(`UPDATE "venues" SET "postcode" = '' WHERE "postcode" IS NULL`);
    await queryRunner.query('ALTER TABLE "venues" DROP COLUMN "postcode_terminated_on", DROP COLUMN "precision", ALTER COLUMN "postcode" SET NOT NULL');
    await queryRunner.query('DROP TYPE "public"."location_precision"');
    await queryRunner.query('DROP TABLE "postcode_districts"');
    await queryRunner.query('DROP TABLE "postcodes"');
  }
}

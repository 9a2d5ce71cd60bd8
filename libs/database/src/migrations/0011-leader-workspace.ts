import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeaderWorkspace1795400000011 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"decline_reason\" AS ENUM('NOT_SUITABLE', 'OUTSIDE_AGE_RANGE', 'TOO_FAR', 'COULD_NOT_CONTACT', 'PERSON_DID_NOT_WANT_IT', 'OTHER')",
    );
    await queryRunner.query('ALTER TABLE "connections" ADD "decline_reason" "public"."decline_reason"');
    await queryRunner.query('ALTER TABLE "attendance_returns" ADD "confirmed_unusual" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "venues" ADD "archived_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "activities" ADD "term_time_only" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "activities" ADD "how_to_join" character varying(1000)');
    await queryRunner.query('ALTER TABLE "activities" ADD "contact_email" character varying(254)');
    await queryRunner.query('ALTER TABLE "activities" ADD "contact_phone" character varying(40)');
    await queryRunner.query('ALTER TABLE "activities" ADD "paused_reason" character varying(200)');
    await queryRunner.query('ALTER TABLE "activities" ADD "resumes_on" date');
    await queryRunner.query('CREATE INDEX "activities_resumes_on_idx" ON "activities" ("resumes_on") WHERE resumes_on IS NOT NULL');
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past LeaderWorkspace');
  }
}

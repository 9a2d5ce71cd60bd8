import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralHandoff1795400000015 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."connection_outcome" ADD VALUE IF NOT EXISTS 'NO_RESPONSE'`);
    await queryRunner.query(`ALTER TYPE "public"."connection_outcome" ADD VALUE IF NOT EXISTS 'WITHDRAWN'`);
    await queryRunner.query(
      `CREATE TYPE "public"."withdraw_reason" AS ENUM('PERSON_CHANGED_MIND', 'CONNECTED_ELSEWHERE', 'NO_LONGER_NEEDED', 'RECORDED_IN_ERROR', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."connection_flag" AS ENUM('ORGANISATION_SUSPENDED', 'ACTIVITY_PAUSED', 'ACTIVITY_CLOSED')`);
    await queryRunner.query(`ALTER TABLE "connections"
      ADD "withdraw_reason" "public"."withdraw_reason",
      ADD "waiting_list" boolean NOT NULL DEFAULT false,
      ADD "reminded_at" TIMESTAMP WITH TIME ZONE,
      ADD "flag" "public"."connection_flag",
      ADD "flagged_at" TIMESTAMP WITH TIME ZONE,
      ADD "contact_erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query('CREATE INDEX "connections_person_idx" ON "connections" ("link_worker_id", "person_ref_hash")');
    // The deadline job marks referrals NO_RESPONSE: an event with no person behind it.
    await queryRunner.query('ALTER TABLE "connection_outcome_events" ALTER COLUMN "actor_id" DROP NOT NULL');

    // The consented contact handoff, sealed with AES-256-GCM; erased by deleting the row.
    await queryRunner.query(`CREATE TABLE "connection_contacts" (
      "connection_id" uuid NOT NULL PRIMARY KEY CONSTRAINT "FK_358314595428f726a3171147373" REFERENCES "connections"("id") ON DELETE CASCADE,
      "sealed" bytea NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "contact_reads" (
      "id" BIGSERIAL NOT NULL PRIMARY KEY,
      "connection_id" uuid NOT NULL CONSTRAINT "FK_8d860b772553b268347016e77fc" REFERENCES "connections"("id") ON DELETE CASCADE,
      "reader_id" uuid NOT NULL CONSTRAINT "FK_3937eafcd9cf2bfd43c07c6931d" REFERENCES "users"("id") ON DELETE CASCADE,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL)`);
    await queryRunner.query('CREATE INDEX "contact_reads_connection_idx" ON "contact_reads" ("connection_id", "at")');

    await queryRunner.query(`CREATE TYPE "public"."notification_frequency" AS ENUM('IMMEDIATE', 'DAILY')`);
    await queryRunner.query(`ALTER TABLE "users"
      ADD "name" character varying(100),
      ADD "organisation_name" character varying(150),
      ADD "notification_frequency" "public"."notification_frequency" NOT NULL DEFAULT 'IMMEDIATE',
      ADD "last_digest_at" TIMESTAMP WITH TIME ZONE`);
    // Mail owed to a user about a referral: written with the change, sent (or gathered into a digest) by a job.
    await queryRunner.query(`CREATE TABLE "notifications" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "user_id" uuid NOT NULL CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" REFERENCES "users"("id") ON DELETE CASCADE,
      "connection_id" uuid NOT NULL CONSTRAINT "FK_4194b05f5a0a7945e3158cc532d" REFERENCES "connections"("id") ON DELETE CASCADE,
      "kind" character varying(40) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE)`);
    await queryRunner.query('CREATE INDEX "notifications_unsent_idx" ON "notifications" ("user_id", "created_at") WHERE "sent_at" IS NULL');
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past ReferralHandoff');
  }
}

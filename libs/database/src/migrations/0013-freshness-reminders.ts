import { MigrationInterface, QueryRunner } from 'typeorm';

export class FreshnessReminders1795400000013 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "freshness_reminders" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "listings" integer NOT NULL)`);
    await queryRunner.query('CREATE INDEX "freshness_reminders_organisation_idx" ON "freshness_reminders" ("organisation_id", "sent_at")');
    // One-click confirmation links: the token is this id signed; the row makes it single-use and expiring.
    await queryRunner.query(`CREATE TABLE "confirm_links" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
      "activity_ids" uuid[] NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE)`);
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past FreshnessReminders');
  }
}

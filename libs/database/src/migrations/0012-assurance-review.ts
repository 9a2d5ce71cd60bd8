import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssuranceReview1795400000012 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."assessment_decision" ADD VALUE IF NOT EXISTS 'RETURN_FOR_CHANGES'`);
    await queryRunner.query('ALTER TABLE "assessments" ADD "returned_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "assessments" ADD "return_note" text');
    await queryRunner.query('ALTER TABLE "assessments" ADD "times_returned" integer NOT NULL DEFAULT 0');
    await queryRunner.query(`CREATE INDEX "assessments_queue_idx" ON "assessments" ("submitted_at") WHERE status = 'SUBMITTED'`);
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past AssuranceReview');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduledVisibility1795400000014 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activities" ADD "show_from" date');
    await queryRunner.query('ALTER TABLE "activities" ADD "show_until" date');
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past ScheduledVisibility');
  }
}

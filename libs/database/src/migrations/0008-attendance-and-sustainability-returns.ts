import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendanceAndSustainabilityReturns1795400000008 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attendance_returns\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"activity_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"month\" character(7) NOT NULL, \"sessions_run\" integer NOT NULL, \"attendances\" integer NOT NULL, \"new_participants\" integer NOT NULL, \"submitted_by\" uuid NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"superseded_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_a4d45253e563fa4cd5a92a4fca5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"attendance_returns_organisation_month_idx\" ON \"attendance_returns\" (\"organisation_id\", \"month\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"attendance_returns_current_key\" ON \"attendance_returns\" (\"activity_id\", \"month\") WHERE superseded_at IS NULL");
    await queryRunner.query("CREATE TABLE \"sustainability_returns\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"period\" character(7) NOT NULL, \"funding_sources\" jsonb NOT NULL, \"volunteers\" integer NOT NULL, \"paid_staff_fte\" double precision NOT NULL, \"monthly_costs_pence\" integer NOT NULL, \"reserves_months\" double precision NOT NULL, \"submitted_by\" uuid NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"superseded_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_ff89937e8b1f2143daa16b20ad9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"sustainability_returns_current_key\" ON \"sustainability_returns\" (\"organisation_id\", \"period\") WHERE superseded_at IS NULL");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past Returns');
  }
}

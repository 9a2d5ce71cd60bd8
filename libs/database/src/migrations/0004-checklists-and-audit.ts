import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChecklistsAndAudit1795400000004 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" uuid, \"action\" character varying(64) NOT NULL, \"entity_type\" character varying(64) NOT NULL, \"entity_id\" character varying(64) NOT NULL, \"organisation_id\" uuid, \"details\" text, \"previous_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_events_organisation_at_idx\" ON \"audit_events\" (\"organisation_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"checklist_templates\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"version\" integer NOT NULL, \"items\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e6d17651d110bbac45cf07e44fa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"checklist_templates_version_key\" ON \"checklist_templates\" (\"version\") ");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past AssuranceFoundation');
  }
}

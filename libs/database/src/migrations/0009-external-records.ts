import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExternalRecords1795400000009 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"external_records\" (\"kind\" character varying(20) NOT NULL, \"external_id\" character varying(200) NOT NULL, \"local_id\" uuid NOT NULL, \"source\" character varying(1000) NOT NULL, \"content_hash\" character(64) NOT NULL, \"imported_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2e949e6a0b987114efdfd4f74cf\" PRIMARY KEY (\"kind\", \"external_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"external_records_local_idx\" ON \"external_records\" (\"kind\", \"local_id\") ");
    await queryRunner.query("CREATE TABLE \"external_taxonomy_terms\" (\"id\" character varying(200) NOT NULL, \"name\" character varying(500) NOT NULL, \"description\" text, \"taxonomy\" character varying(500), \"taxonomy_id\" character varying(200), \"term\" character varying(500), \"code\" character varying(200), \"parent_id\" character varying(200), \"term_uri\" character varying(1000), \"source\" character varying(1000) NOT NULL, CONSTRAINT \"PK_fa5336ad60525737045e98a4cda\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"activity_external_terms\" (\"activity_id\" uuid NOT NULL, \"term_id\" character varying(200) NOT NULL, CONSTRAINT \"PK_8ce210504e065f6a51953df0e6b\" PRIMARY KEY (\"activity_id\", \"term_id\"))");
    await queryRunner.query("CREATE INDEX \"activity_external_terms_term_idx\" ON \"activity_external_terms\" (\"term_id\") ");
    await queryRunner.query("ALTER TABLE \"activity_external_terms\" ADD CONSTRAINT \"FK_6ae0a3aa0f6a293d65d3c326187\" FOREIGN KEY (\"activity_id\") REFERENCES \"activities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"activity_external_terms\" ADD CONSTRAINT \"FK_6897d6eef32e36a1ae31cae2ba8\" FOREIGN KEY (\"term_id\") REFERENCES \"external_taxonomy_terms\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past ExternalRecords');
  }
}

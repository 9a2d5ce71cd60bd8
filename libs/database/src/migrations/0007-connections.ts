import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connections1795400000007 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"connection_outcome\" AS ENUM('PENDING', 'ACCEPTED', 'ATTENDED', 'DID_NOT_ATTEND', 'DECLINED', 'GROUP_FULL')");
    await queryRunner.query("CREATE TABLE \"connection_outcome_events\" (\"id\" BIGSERIAL NOT NULL, \"connection_id\" uuid NOT NULL, \"outcome\" \"public\".\"connection_outcome\" NOT NULL, \"actor_id\" uuid NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d24f237d097ef879484a52657ed\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"connection_outcome_events_connection_idx\" ON \"connection_outcome_events\" (\"connection_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"connections\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"activity_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"link_worker_id\" uuid NOT NULL, \"needs\" text array NOT NULL, \"person_ref_hash\" character(64), \"outcome\" \"public\".\"connection_outcome\" NOT NULL DEFAULT 'PENDING', \"outcome_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0a1f844af3122354cbd487a8d03\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"connections_link_worker_idx\" ON \"connections\" (\"link_worker_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"connections_organisation_created_idx\" ON \"connections\" (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"connections\" ADD CONSTRAINT \"FK_09fb1dd33e2cbb9bcfad733e485\" FOREIGN KEY (\"activity_id\") REFERENCES \"activities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"connections\" ADD CONSTRAINT \"FK_6b34c18034a8091a312d53d56b2\" FOREIGN KEY (\"link_worker_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past Connections');
  }
}

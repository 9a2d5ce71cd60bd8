import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssessmentsEvidenceConcerns1795400000006 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"assurance_tier\" AS ENUM('STANDARD', 'ENHANCED', 'REGULATED')");
    await queryRunner.query("CREATE TYPE \"public\".\"assessment_decision\" AS ENUM('ASSURE', 'REJECT')");
    await queryRunner.query("CREATE TABLE \"assessments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"template_id\" uuid NOT NULL, \"tier\" \"public\".\"assurance_tier\" NOT NULL, \"status\" \"public\".\"assurance_status\" NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by\" uuid, \"decision\" \"public\".\"assessment_decision\", \"decision_note\" text, \"valid_until\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3442bd80a00e9111cefca57f6c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"assessments_organisation_idx\" ON \"assessments\" (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"evidence_status\" AS ENUM('MISSING', 'PROVIDED', 'ACCEPTED', 'REJECTED', 'EXPIRED')");
    await queryRunner.query("CREATE TABLE \"evidence_items\" (\"assessment_id\" uuid NOT NULL, \"item_key\" character varying(64) NOT NULL, \"status\" \"public\".\"evidence_status\" NOT NULL DEFAULT 'MISSING', \"reference\" character varying(200), \"document_id\" uuid, \"declared\" boolean, \"issued_on\" date, \"expires_on\" date, \"reviewer_note\" text, \"provided_at\" TIMESTAMP WITH TIME ZONE, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"reviewed_by\" uuid, CONSTRAINT \"PK_155845494716858861fa92b127a\" PRIMARY KEY (\"assessment_id\", \"item_key\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"concern_category\" AS ENUM('SAFEGUARDING', 'QUALITY', 'LISTING_INACCURATE', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"concern_status\" AS ENUM('OPEN', 'RESOLVED')");
    await queryRunner.query("CREATE TABLE \"concerns\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"activity_id\" uuid, \"category\" \"public\".\"concern_category\" NOT NULL, \"description\" text NOT NULL, \"status\" \"public\".\"concern_status\" NOT NULL DEFAULT 'OPEN', \"raised_by\" uuid NOT NULL, \"raised_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by\" uuid, \"resolution_note\" text, \"reinstated\" boolean, CONSTRAINT \"PK_743844335346f7379d1fc28950a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"concerns_status_idx\" ON \"concerns\" (\"status\", \"raised_at\") ");
    await queryRunner.query("CREATE TABLE \"evidence_documents\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"file_name\" character varying(255) NOT NULL, \"content_type\" character varying(100) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"storage_key\" character varying(200) NOT NULL, \"uploaded_by\" uuid NOT NULL, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b46a40c01287b3f561833b5964a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"evidence_documents_organisation_idx\" ON \"evidence_documents\" (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"assessments\" ADD CONSTRAINT \"FK_c7ef49ac545a39f53500c05d7bd\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assessments\" ADD CONSTRAINT \"FK_a5818beeea4db6ac91cb924de21\" FOREIGN KEY (\"template_id\") REFERENCES \"checklist_templates\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evidence_items\" ADD CONSTRAINT \"FK_a2b5fe6e89394e6deab79a4c4f5\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"concerns\" ADD CONSTRAINT \"FK_9cb513bb670eabe7b82e34ba679\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evidence_documents\" ADD CONSTRAINT \"FK_7ba0824b5e24a6749045491bdf3\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past AssessmentsEvidenceConcerns');
  }
}

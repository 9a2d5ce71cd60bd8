import { MigrationInterface, QueryRunner } from 'typeorm';

export class WellbeingAndDeprivation1795400000017 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"deprivation_deciles\" (\"lsoa\" character varying(9) NOT NULL, \"decile\" smallint NOT NULL, CONSTRAINT \"deprivation_deciles_range\" CHECK (\"decile\" BETWEEN 1 AND 10), CONSTRAINT \"PK_d97e1e2618cd35f3446373282ac\" PRIMARY KEY (\"lsoa\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"wellbeing_measure\" AS ENUM('ONS4')");
    await queryRunner.query("CREATE TYPE \"public\".\"wellbeing_occasion\" AS ENUM('FIRST_CONTACT', 'FOLLOW_UP')");
    await queryRunner.query("CREATE TYPE \"public\".\"age_band\" AS ENUM('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_74', 'AGE_75_84', 'AGE_85_AND_OVER')");
    await queryRunner.query("CREATE TYPE \"public\".\"sex\" AS ENUM('FEMALE', 'MALE')");
    await queryRunner.query("CREATE TYPE \"public\".\"ethnic_group\" AS ENUM('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"wellbeing_records\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"link_worker_id\" uuid NOT NULL, \"person_ref_hash\" character(64) NOT NULL, \"measure\" \"public\".\"wellbeing_measure\" NOT NULL, \"occasion\" \"public\".\"wellbeing_occasion\" NOT NULL, \"recorded_on\" date NOT NULL, \"first_contact_id\" uuid, \"age_band\" \"public\".\"age_band\", \"sex\" \"public\".\"sex\", \"ethnic_group\" \"public\".\"ethnic_group\", \"deprivation_decile\" smallint, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_969dead035d9880f44adfc71a5c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"wellbeing_records_follow_up_key\" ON \"wellbeing_records\" (\"first_contact_id\") ");
    await queryRunner.query("CREATE INDEX \"wellbeing_records_person_idx\" ON \"wellbeing_records\" (\"link_worker_id\", \"person_ref_hash\", \"recorded_on\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"wellbeing_item\" AS ENUM('LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY')");
    await queryRunner.query("CREATE TABLE \"wellbeing_scores\" (\"record_id\" uuid NOT NULL, \"item\" \"public\".\"wellbeing_item\" NOT NULL, \"score\" smallint NOT NULL, CONSTRAINT \"wellbeing_scores_range\" CHECK (\"score\" BETWEEN 0 AND 10), CONSTRAINT \"PK_e68da9ebbffe24a578cc8297a94\" PRIMARY KEY (\"record_id\", \"item\"))");
    await queryRunner.query("ALTER TABLE \"wellbeing_records\" ADD CONSTRAINT \"FK_148c620125c77e896d7d1c5c37f\" FOREIGN KEY (\"link_worker_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"wellbeing_records\" ADD CONSTRAINT \"FK_73b0ebb0563651778cb1d39ea79\" FOREIGN KEY (\"first_contact_id\") REFERENCES \"wellbeing_records\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"wellbeing_scores\" ADD CONSTRAINT \"FK_a9c95c5b0110bc678332f67e524\" FOREIGN KEY (\"record_id\") REFERENCES \"wellbeing_records\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past WellbeingAndDeprivation');
  }
}

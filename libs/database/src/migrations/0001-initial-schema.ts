import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795400000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"app_meta\" (\"key\" character varying(100) NOT NULL, \"value\" text NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2517812d17c14a0ecd40dd79d63\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TABLE \"organisation_members\" (\"user_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3cc6551a3f80b7aca61439ac6a5\" PRIMARY KEY (\"user_id\", \"organisation_id\"))");
    await queryRunner.query("CREATE INDEX \"organisation_members_organisation_idx\" ON \"organisation_members\" (\"organisation_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"role\" AS ENUM('LINK_WORKER', 'VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN')");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"password_hash\" character varying(255) NOT NULL, \"role\" \"public\".\"role\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_key\" ON \"users\" (\"email\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"legal_form\" AS ENUM('REGISTERED_CHARITY', 'CIO', 'CIC', 'COMPANY', 'UNINCORPORATED_GROUP', 'FAITH_GROUP', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"size_band\" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE')");
    await queryRunner.query("CREATE TYPE \"public\".\"assurance_status\" AS ENUM('NOT_ASSESSED', 'IN_PROGRESS', 'SUBMITTED', 'ASSURED', 'EXPIRING', 'LAPSED', 'SUSPENDED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"organisations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"website\" character varying(500), \"email\" character varying(254), \"phone\" character varying(40), \"charity_number\" character varying(20), \"company_number\" character varying(8), \"legal_form\" \"public\".\"legal_form\", \"size_band\" \"public\".\"size_band\", \"assurance_status\" \"public\".\"assurance_status\" NOT NULL DEFAULT 'NOT_ASSESSED', \"assured_until\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7bf54cba378d5b2f1d4c10ef4df\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"organisations_charity_number_idx\" ON \"organisations\" (\"charity_number\") ");
    await queryRunner.query("CREATE INDEX \"organisations_assurance_status_idx\" ON \"organisations\" (\"assurance_status\") ");
    await queryRunner.query("CREATE TABLE \"venues\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"address_line1\" character varying(200) NOT NULL, \"town\" character varying(100) NOT NULL, \"postcode\" character varying(8) NOT NULL, \"outcode\" character varying(4) NOT NULL, \"latitude\" double precision NOT NULL, \"longitude\" double precision NOT NULL, \"accessibility\" text array NOT NULL DEFAULT '{}', \"transport_notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cb0f885278d12384eb7a81818be\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"venues_organisation_idx\" ON \"venues\" (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"venues_outcode_idx\" ON \"venues\" (\"outcode\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_mode\" AS ENUM('IN_PERSON', 'ONLINE', 'PHONE', 'HOME_VISIT')");
    await queryRunner.query("CREATE TYPE \"public\".\"activity_status\" AS ENUM('ACTIVE', 'PAUSED', 'CLOSED')");
    await queryRunner.query("CREATE TABLE \"activities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"venue_id\" uuid, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"needs\" text array NOT NULL, \"category\" character varying(64), \"accessibility\" text array NOT NULL DEFAULT '{}', \"delivery_mode\" \"public\".\"delivery_mode\" NOT NULL, \"schedule\" jsonb NOT NULL DEFAULT '[]', \"free\" boolean NOT NULL, \"cost_description\" character varying(500), \"minimum_age\" smallint, \"maximum_age\" smallint, \"languages\" text array NOT NULL DEFAULT '{en}', \"self_referral\" boolean NOT NULL DEFAULT true, \"places_per_session\" integer, \"spaces_available\" integer, \"waiting_list\" integer, \"status\" \"public\".\"activity_status\" NOT NULL DEFAULT 'ACTIVE', \"last_verified_at\" TIMESTAMP WITH TIME ZONE, \"search_version\" bigint NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7f4004429f731ffb9c88eb486a8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"activities_organisation_idx\" ON \"activities\" (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"activities_venue_idx\" ON \"activities\" (\"venue_id\") ");
    await queryRunner.query("CREATE INDEX \"activities_status_idx\" ON \"activities\" (\"status\") ");
    await queryRunner.query("CREATE TABLE \"search_demand\" (\"id\" BIGSERIAL NOT NULL, \"searched_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"needs\" text array NOT NULL DEFAULT '{}', \"outcode\" character varying(4), \"filters\" jsonb NOT NULL DEFAULT '{}', \"result_count\" integer NOT NULL, CONSTRAINT \"PK_b57a2f79b5aa5df2f270cbe746e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"search_demand_searched_at_idx\" ON \"search_demand\" (\"searched_at\") ");
    await queryRunner.query("CREATE TABLE \"search_outbox\" (\"id\" BIGSERIAL NOT NULL, \"activity_id\" uuid NOT NULL, \"enqueued_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_error\" text, CONSTRAINT \"PK_f0e10017d6287176243c2926453\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"search_outbox_activity_idx\" ON \"search_outbox\" (\"activity_id\") ");
    await queryRunner.query("CREATE INDEX \"search_outbox_pending_idx\" ON \"search_outbox\" (\"next_attempt_at\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"taxonomy_kind\" AS ENUM('NEED', 'ACCESSIBILITY', 'CATEGORY')");
    await queryRunner.query("CREATE TABLE \"taxonomy_terms\" (\"kind\" \"public\".\"taxonomy_kind\" NOT NULL, \"code\" character varying(64) NOT NULL, \"label\" character varying(120) NOT NULL, \"sort_order\" integer NOT NULL, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_ab577532909ff1d162100d46de2\" PRIMARY KEY (\"kind\", \"code\"))");
    await queryRunner.query("ALTER TABLE \"venues\" ADD CONSTRAINT \"FK_9b7b13a1b0237f93e8eaf8a4189\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"activities\" ADD CONSTRAINT \"FK_dadb38224412cd68c0c82841069\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"activities\" ADD CONSTRAINT \"FK_4fbb0078a91734f10d65849dc6e\" FOREIGN KEY (\"venue_id\") REFERENCES \"venues\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past Initial');
  }
}

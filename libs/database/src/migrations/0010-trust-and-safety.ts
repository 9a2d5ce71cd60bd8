import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustAndSafety1795400000010 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sessions_user_idx\" ON \"sessions\" (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"disabled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"must_change_password\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"concerns\" ADD \"precautionary_suspension\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("CREATE INDEX \"concerns_raised_by_idx\" ON \"concerns\" (\"raised_by\") ");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past TrustAndSafety');
  }
}

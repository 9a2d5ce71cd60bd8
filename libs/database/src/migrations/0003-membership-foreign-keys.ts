import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipForeignKeys1795400000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organisation_members" ADD CONSTRAINT "FK_6d808506119822a1e47422b512a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_members" ADD CONSTRAINT "FK_588fd3930af62ea399879e1d7ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation_members" DROP CONSTRAINT "FK_588fd3930af62ea399879e1d7ab"');
    await queryRunner.query('ALTER TABLE "organisation_members" DROP CONSTRAINT "FK_6d808506119822a1e47422b512a"');
  }
}

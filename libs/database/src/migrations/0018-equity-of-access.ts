import { MigrationInterface, QueryRunner } from 'typeorm';

export class EquityOfAccess1795400000018 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outcode_deciles\" (\"outcode\" character varying(4) NOT NULL, \"decile\" smallint NOT NULL, \"postcodes\" integer NOT NULL, CONSTRAINT \"outcode_deciles_range\" CHECK (\"decile\" BETWEEN 1 AND 10), CONSTRAINT \"PK_95c25a684592b30529ea6b524da\" PRIMARY KEY (\"outcode\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"equity_band\" AS ENUM('DEPRIVATION_DECILE', 'AGE_BAND', 'SEX', 'ETHNIC_GROUP')");
    await queryRunner.query("CREATE TABLE \"area_population\" (\"band\" \"public\".\"equity_band\" NOT NULL, \"value\" character varying(20) NOT NULL, \"people\" integer NOT NULL, CONSTRAINT \"PK_d38c2184498adba09fa3afe16d4\" PRIMARY KEY (\"band\", \"value\"))");
    // Deciles for outward codes from a gazetteer and indices loaded before this version.
    await queryRunner.query(`INSERT INTO outcode_deciles (outcode, decile, postcodes)
      SELECT p.outcode, percentile_disc(0.5) WITHIN GROUP (ORDER BY d.decile), count(*)
        FROM postcodes p JOIN deprivation_deciles d ON d.lsoa = p.lsoa WHERE p.terminated_on IS NULL GROUP BY p.outcode`);
  }

  async down(): Promise<void> {
    throw new Error('Restore from backup to go back past EquityOfAccess');
  }
}

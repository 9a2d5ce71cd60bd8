/** Anything that runs SQL: an entity manager, a query runner or a data source. */
interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Rebuilds outcode_deciles from the postcodes and deprivation_deciles in use; run inside the load's transaction, or after it. */
export async function refreshOutcodeDeciles(db: Sql): Promise<void> {
  await db.query('DELETE FROM outcode_deciles');
  await db.query(
    `INSERT INTO outcode_deciles (outcode, decile, postcodes)
     SELECT p.outcode, percentile_disc(0.5) WITHIN GROUP (ORDER BY d.decile), count(*)
       FROM postcodes p JOIN deprivation_deciles d ON d.lsoa = p.lsoa
      WHERE p.terminated_on IS NULL
      GROUP BY p.outcode`,
  );
}

import { EntityManager } from 'typeorm';

const RESIDENTS = 550_000;

/** Shares of an illustrative city's residents (roughly a northern English city's census mix), per equity band. */
const SHARES: Record<string, Record<string, number>> = {
  AGE_BAND: {
    UNDER_18: 0.21,
    AGE_18_24: 0.13,
    AGE_25_34: 0.19,
    AGE_35_44: 0.14,
    AGE_45_54: 0.11,
    AGE_55_64: 0.09,
    AGE_65_74: 0.065,
    AGE_75_84: 0.045,
    AGE_85_AND_OVER: 0.02,
  },
  SEX: { FEMALE: 0.504, MALE: 0.496 },
  ETHNIC_GROUP: { WHITE: 0.57, ASIAN: 0.21, BLACK: 0.12, MIXED: 0.05, OTHER: 0.05 },
  DEPRIVATION_DECILE: { 1: 0.4, 2: 0.17, 3: 0.11, 4: 0.08, 5: 0.06, 6: 0.05, 7: 0.04, 8: 0.04, 9: 0.03, 10: 0.02 },
};

/** The demo area's population by equity band, marked as illustrative; `population:load` replaces it with the area's census figures. */
export async function seedDemoPopulation(em: EntityManager): Promise<void> {
  const [{ loaded }] = await em.query('SELECT EXISTS (SELECT 1 FROM area_population) AS loaded');
  if (loaded) return;
  const rows = Object.entries(SHARES).flatMap(([band, shares]) =>
    Object.entries(shares).map(([value, share]) => ({ band, value, people: Math.round(RESIDENTS * share) })),
  );
  await em.query(
    'INSERT INTO area_population (band, value, people) SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(band equity_band, value text, people int)',
    [JSON.stringify(rows)],
  );
  await em.query(`INSERT INTO app_meta (key, value) VALUES ('population.loaded', $1) ON CONFLICT (key) DO NOTHING`, [
    JSON.stringify({ file: 'demo data', source: 'Demo area (illustrative figures, not census data)' }),
  ]);
}

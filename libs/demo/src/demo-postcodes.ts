import { EntityManager } from 'typeorm';
import { outwardCode, refreshOutcodeDeciles } from '@app/geo';
import { DEMO_ORGANISATIONS } from './demo-organisations';

/** Greater Manchester's ten districts (ONS GSS codes). */
const DISTRICTS: Record<string, string> = {
  E08000001: 'Bolton',
  E08000002: 'Bury',
  E08000003: 'Manchester',
  E08000004: 'Oldham',
  E08000005: 'Rochdale',
  E08000006: 'Salford',
  E08000007: 'Stockport',
  E08000008: 'Tameside',
  E08000009: 'Trafford',
  E08000010: 'Wigan',
};

/** The district of each demo postcode, by its outward code. */
const DISTRICT_OF: Record<string, string> = {
  BL1: 'E08000001',
  BL9: 'E08000002',
  OL8: 'E08000004',
  OL16: 'E08000005',
  M3: 'E08000006',
  SK1: 'E08000007',
  SK14: 'E08000008',
  M33: 'E08000009',
  WN1: 'E08000010',
};

/** Homes a link worker might search from, to see exact distances in the demo (try M14 5RA). */
const HOMES = [
  { postcode: 'M14 5RA', latitude: 53.45, longitude: -2.23 },
  { postcode: 'M13 9PL', latitude: 53.4668, longitude: -2.2339 },
  { postcode: 'M4 6AA', latitude: 53.4842, longitude: -2.2301 },
  { postcode: 'M1 3BG', latitude: 53.4794, longitude: -2.2371 },
  { postcode: 'M19 3AB', latitude: 53.4449, longitude: -2.1949 },
];

/**
 * Illustrative IMD deciles for the demo's outward codes (1 is the most deprived), roughly as the
 * 2019 indices place these parts of Greater Manchester; `deprivation:load` replaces them with the real ones.
 */
const DEMO_DECILES: Record<string, number> = {
  M1: 3,
  M3: 4,
  M4: 2,
  M8: 1,
  M13: 1,
  M14: 1,
  M16: 2,
  M19: 3,
  M20: 8,
  M21: 6,
  M22: 1,
  M33: 8,
  BL1: 2,
  BL9: 4,
  OL8: 2,
  OL16: 1,
  SK1: 3,
  SK14: 4,
  WN1: 2,
};

/**
 * A tiny postcode gazetteer for the demo: each demo venue's postcode at the venue, and a few homes.
 * Only when no real one has been loaded; `postcodes:load` replaces it whole.
 */
export async function seedDemoPostcodes(em: EntityManager): Promise<void> {
  const [{ loaded }] = await em.query('SELECT EXISTS (SELECT 1 FROM postcodes) AS loaded');
  if (loaded) return;
  const outcodes = Object.keys(DEMO_DECILES);
  // Made-up area codes (no real LSOA code starts E0199), one per outward code.
  const lsoaOf = (outcode: string) => `E0199${String(outcodes.indexOf(outcode)).padStart(4, '0')}`;
  const rows = [...DEMO_ORGANISATIONS.flatMap((o) => o.venues), ...HOMES].map((p) => {
    const outcode = outwardCode(p.postcode)!;
    return { ...p, outcode, district: DISTRICT_OF[outcode] ?? 'E08000003', lsoa: outcode in DEMO_DECILES ? lsoaOf(outcode) : null };
  });
  await em.query(
    `INSERT INTO postcodes (postcode, outcode, latitude, longitude, district, lsoa)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(postcode text, outcode text, latitude float8, longitude float8, district text, lsoa text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows.map(({ postcode, outcode, latitude, longitude, district, lsoa }) => ({ postcode, outcode, latitude, longitude, district, lsoa })))],
  );
  const [{ indices }] = await em.query('SELECT EXISTS (SELECT 1 FROM deprivation_deciles) AS indices');
  if (!indices) {
    await em.query('INSERT INTO deprivation_deciles (lsoa, decile) SELECT key, value::smallint FROM jsonb_each_text($1::jsonb)', [
      JSON.stringify(Object.fromEntries(outcodes.map((o) => [lsoaOf(o), DEMO_DECILES[o]]))),
    ]);
    await em.query(`INSERT INTO app_meta (key, value) VALUES ('deprivation.loaded', $1) ON CONFLICT (key) DO NOTHING`, [
      JSON.stringify({ file: 'demo data: illustrative deciles for the demo postcodes', areas: outcodes.length }),
    ]);
  }
  await refreshOutcodeDeciles(em);
  await em.query('INSERT INTO postcode_districts (code, name) SELECT key, value FROM jsonb_each_text($1::jsonb) ON CONFLICT DO NOTHING', [
    JSON.stringify(DISTRICTS),
  ]);
  await em.query(`INSERT INTO app_meta (key, value) VALUES ('postcodes.loaded', $1) ON CONFLICT (key) DO NOTHING`, [
    JSON.stringify({ format: 'demo', file: 'demo data: a few Greater Manchester postcodes', postcodes: rows.length }),
  ]);
}

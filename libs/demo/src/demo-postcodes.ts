import { EntityManager } from 'typeorm';
import { outwardCode } from '@app/geo';
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
];

/**
 * A tiny postcode gazetteer for the demo: each demo venue's postcode at the venue, and a few homes.
 * Only when no real one has been loaded; `postcodes:load` replaces it whole.
 */
export async function seedDemoPostcodes(em: EntityManager): Promise<void> {
  const [{ loaded }] = await em.query('SELECT EXISTS (SELECT 1 FROM postcodes) AS loaded');
  if (loaded) return;
  const rows = [...DEMO_ORGANISATIONS.flatMap((o) => o.venues), ...HOMES].map((p) => ({
    ...p,
    outcode: outwardCode(p.postcode)!,
    district: DISTRICT_OF[outwardCode(p.postcode)!] ?? 'E08000003',
  }));
  await em.query(
    `INSERT INTO postcodes (postcode, outcode, latitude, longitude, district)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(postcode text, outcode text, latitude float8, longitude float8, district text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows.map(({ postcode, outcode, latitude, longitude, district }) => ({ postcode, outcode, latitude, longitude, district })))],
  );
  await em.query('INSERT INTO postcode_districts (code, name) SELECT key, value FROM jsonb_each_text($1::jsonb) ON CONFLICT DO NOTHING', [
    JSON.stringify(DISTRICTS),
  ]);
  await em.query(`INSERT INTO app_meta (key, value) VALUES ('postcodes.loaded', $1) ON CONFLICT (key) DO NOTHING`, [
    JSON.stringify({ format: 'demo', file: 'demo data: a few Greater Manchester postcodes', postcodes: rows.length }),
  ]);
}

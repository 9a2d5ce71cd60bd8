import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import * as yazl from 'yazl';
import { GazetteerFileError, GazetteerLoader } from '@app/geo';
import { VenueRelocation } from '@app/directory';
import { OrukImporter } from '@app/open-referral';
import { onspdLine, ONSPD_HEADER, OnspdRow } from '../../bench/gazetteer-file';
import { adminToken, setAssurance } from '../search/search-fixtures';
import { createActivity, createOrganisation } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The postcode gazetteer, loaded from files in each published format (made here: real column
 * layouts, made-up positions), and what it changes: distances, precision, coverage areas.
 * Expected distances were worked out by hand (haversine, R = 6371.0088 km) from the positions below.
 */
const SEARCHED = { postcode: 'M14 5RA', latitude: 53.45, longitude: -2.23 };
const LAKE = { postcode: 'M14 6LA', latitude: 53.4466, longitude: -2.2238 }; // 0.558 km from SEARCHED
const LEISURE = { postcode: 'M14 4PX', latitude: 53.4618, longitude: -2.2357 }; // 1.365 km from SEARCHED
const DIDSBURY = { postcode: 'M20 2SW', latitude: 53.4128, longitude: -2.2294, district: 'E08000003' };
const SALE = { postcode: 'M33 3HB', latitude: 53.4249, longitude: -2.3197, district: 'E08000009' };
const TERMINATED = { postcode: 'M14 7ZZ', latitude: 53.4501, longitude: -2.2201, terminated: '201903' };
const NO_POSITION = { postcode: 'M14 8ZZ', latitude: null, longitude: null };

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-test-'));

/** An ONSPD csv: the rows above, plus a few hundred made-up ones. */
function onspdFile(name: string, rows: OnspdRow[]): string {
  const filler = Array.from({ length: 300 }, (_, i) => ({
    postcode: `M15 ${i % 10}${'ABDEFGHJLN'[Math.floor(i / 10) % 10]}${'PQRSTUWXYZ'[Math.floor(i / 100)]}`,
    latitude: 53.46 + i / 1e5,
    longitude: -2.25,
  }));
  const file = path.join(scratch, name);
  fs.writeFileSync(file, [ONSPD_HEADER, ...[...rows, ...filler].map(onspdLine)].join('\r\n') + '\r\n');
  return file;
}

function zipFile(name: string, entries: Record<string, string>): Promise<string> {
  const file = path.join(scratch, name);
  const zip = new yazl.ZipFile();
  for (const [entry, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), entry);
  zip.end();
  return new Promise((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(file))
      .on('close', () => resolve(file))
      .on('error', reject),
  );
}

const ALL = [SEARCHED, LAKE, LEISURE, DIDSBURY, SALE, TERMINATED, NO_POSITION];

describe('postcode gazetteer', () => {
  let t: TestApp;
  let admin: string;
  let organisationId: string;

  const load = (file: string) => t.app.get(GazetteerLoader).load(file);
  const venue = (input: Record<string, unknown>) =>
    t.gql(
      'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id postcode latitude longitude precision locationNote } }',
      { input: { organisationId, name: 'Hall', addressLine1: '1 High Street', town: 'Manchester', ...input } },
      admin,
    );
  const search = async (postcode: string, extra: Record<string, unknown> = {}) => {
    await t.flushSearch();
    const res = await t.gql(
      `query($input: ActivitySearchInput!) { searchActivities(input: $input) {
         near { postcode outcode precision } hits { distanceKm distanceApproximate coversArea activity { title venue { precision } } } } }`,
      { input: { near: { postcode, radiusKm: 5 }, sort: 'DISTANCE', ...extra } },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.searchActivities;
  };
  const distances = (result: { hits: { distanceKm: number | null; distanceApproximate: boolean; activity: { title: string } }[] }) =>
    Object.fromEntries(result.hits.map((h) => [h.activity.title, [h.distanceKm, h.distanceApproximate]]));

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    organisationId = await createOrganisation(t, admin, 'Fallowfield Friends');
    await setAssurance(t, organisationId, 'ASSURED');
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('places venues at their outward code until a gazetteer is loaded, and says distances are approximate', async () => {
    for (const [title, place] of [
      ['Lakeside walk', LAKE],
      ['Leisure swim', LEISURE],
    ] as const) {
      const created = await venue({ postcode: place.postcode });
      expect(created.data.createVenue).toMatchObject({ precision: 'OUTCODE', locationNote: expect.stringContaining('centre of M14') });
      await createActivity(t, admin, { organisationId, venueId: created.data.createVenue.id, deliveryMode: 'IN_PERSON', title });
    }
    const result = await search('M14 5RA');
    expect(result.near).toEqual({ postcode: 'M14 5RA', outcode: 'M14', precision: 'OUTCODE' });
    // Both at the centre of M14: "about 1 km", never a precise-looking 0.
    expect(distances(result)).toEqual({ 'Lakeside walk': [1, true], 'Leisure swim': [1, true] });
  });

  it('loads an ONSPD csv, re-places the venues at their postcodes, and distances become exact', async () => {
    const report = await load(onspdFile('ONSPD_TEST_UK.csv', ALL));
    expect(report).toMatchObject({ format: 'ONSPD', postcodes: 306, terminated: 1, withoutCoordinates: 1, invalid: 0, districts: 2 });
    const directory = await t.gql('{ postcodeDirectory { loaded format postcodes districts { code name } } }', {}, admin);
    expect(directory.data.postcodeDirectory).toMatchObject({ loaded: true, format: 'ONSPD', postcodes: 306 });

    expect(await t.app.get(VenueRelocation).relocate()).toEqual({ fromOutcode: 2, moved: 0 });
    // Any case and spacing.
    const result = await search('m145ra');
    expect(result.near).toEqual({ postcode: 'M14 5RA', outcode: 'M14', precision: 'POSTCODE' });
    expect(distances(result)).toEqual({ 'Lakeside walk': [0.6, false], 'Leisure swim': [1.4, false] });
    expect(result.hits.map((h: { activity: { venue: { precision: string } } }) => h.activity.venue.precision)).toEqual(['POSTCODE', 'POSTCODE']);
    // Nothing left to do the second time.
    expect(await t.app.get(VenueRelocation).relocate()).toEqual({ fromOutcode: 0, moved: 0 });
  });

  it('falls back to the outward code for a full postcode the gazetteer does not hold', async () => {
    const result = await search('M14 9QQ');
    expect(result.near).toEqual({ postcode: 'M14 9QQ', outcode: 'M14', precision: 'OUTCODE' });
    // From the centre of M14 (53.4477, -2.22437): 0.128 km and 1.738 km, to the km.
    expect(distances(result)).toEqual({ 'Lakeside walk': [1, true], 'Leisure swim': [2, true] });
    const unknown = await t.gql('query { searchActivities(input: { near: { postcode: "ZZ9 9ZZ", radiusKm: 5 } }) { total } }');
    expect(unknown.errors?.[0].extensions?.problems).toEqual([{ field: 'near.postcode', message: 'postcode area ZZ9 is not known' }]);
  });

  it('keeps a terminated postcode placing its venue, with a warning, and leaves out rows with no position', async () => {
    const terminated = await venue({ postcode: TERMINATED.postcode });
    expect(terminated.data.createVenue).toMatchObject({
      precision: 'POSTCODE',
      latitude: TERMINATED.latitude,
      locationNote: 'Postcode M14 7ZZ is no longer in use (since March 2019); its last known position is used',
    });
    const unplaced = await venue({ postcode: NO_POSITION.postcode });
    expect(unplaced.data.createVenue).toMatchObject({ precision: 'OUTCODE' });
  });

  it('takes explicit coordinates, checked to lie in the UK, and measures from them', async () => {
    const gate = await venue({ postcode: 'M14 6LA', latitude: 53.4481, longitude: -2.2257, name: 'Park gate' });
    expect(gate.data.createVenue).toMatchObject({ precision: 'COORDINATES', latitude: 53.4481, longitude: -2.2257, locationNote: null });
    await createActivity(t, admin, { organisationId, venueId: gate.data.createVenue.id, deliveryMode: 'IN_PERSON', title: 'Gate meet' });
    // 53.4481,-2.2257 to 53.45,-2.23: 0.355 km.
    expect(distances(await search('M14 5RA'))['Gate meet']).toEqual([0.4, false]);

    const problems = async (input: Record<string, unknown>) => (await venue({ postcode: 'M14 6LA', ...input })).errors?.[0].extensions?.problems;
    expect(await problems({ latitude: 48.85, longitude: 2.35 })).toEqual([{ field: 'latitude', message: 'the position is not in the UK' }]);
    expect(await problems({ latitude: 53.45 })).toEqual([{ field: 'longitude', message: 'give both latitude and longitude, or neither' }]);
    expect(await problems({ latitude: 91, longitude: 0 })).toEqual([{ field: 'latitude', message: 'must be a latitude in degrees, e.g. 53.4481' }]);
  });

  it('leaves the gazetteer in use in place when a load fails', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM postcodes');
    await expect(load(onspdFile('DUPLICATES_UK.csv', [...ALL, LAKE]))).rejects.toThrow(/a postcode appears more than once/);
    const notGazetteer = path.join(scratch, 'people.csv');
    fs.writeFileSync(notGazetteer, 'name,age\nSam,40\n');
    await expect(load(notGazetteer)).rejects.toThrow(GazetteerFileError);
    await expect(load(path.join(scratch, 'missing.zip'))).rejects.toThrow(/cannot read .*missing\.zip/);
    const broken = path.join(scratch, 'BROKEN_UK.csv');
    fs.writeFileSync(broken, `${ONSPD_HEADER}\n${onspdLine(LAKE)}\n"M14 6LB,"unterminated\n`);
    await expect(load(broken)).rejects.toThrow(/BROKEN_UK\.csv: not a CSV file we can read/);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM postcodes')).toEqual(before);
    expect(await t.dataSource.query("SELECT to_regclass('postcodes_next') AS t")).toEqual([{ t: null }]);
    expect(distances(await search('M14 5RA'))['Lakeside walk']).toEqual([0.6, false]);
  });

  it('reloads from an NSPL zip, replacing the previous edition whole, with district names', async () => {
    const nsplHeader = 'pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,lsoa21,lat,long,imd';
    const line = (r: { postcode: string; latitude: number; longitude: number; district: string }) =>
      `"${r.postcode}","${r.postcode}","${r.postcode}","198001","","0","","","1","","","","${r.district}","","E01005062",${r.latitude},${r.longitude},"1234"`;
    const moved = { ...LAKE, latitude: 53.4476, district: 'E08000003' }; // the new edition moves it 111 m north
    const file = await zipFile('NSPL_TEST.zip', {
      'Data/NSPL_NOV_2026_UK.csv': [nsplHeader, ...[SEARCHED, moved, LEISURE, DIDSBURY, SALE].map((r) => line({ district: 'E08000003', ...r }))].join('\n'),
      'Data/multi_csv/NSPL_NOV_2026_UK_M.csv': 'ignored',
      'Documents/LA_UA names and codes UK as at 04_26.csv': 'LAD26CD,LAD26NM,LAD26NMW\nE08000003,Manchester,\nE08000009,Trafford,\n',
    });
    expect(await load(file)).toMatchObject({ format: 'NSPL', postcodes: 5, districts: 2 });
    const directory = await t.gql('{ postcodeDirectory { format districts { code name } } }', {}, admin);
    expect(directory.data.postcodeDirectory).toEqual({
      format: 'NSPL',
      districts: [
        { code: 'E08000003', name: 'Manchester' },
        { code: 'E08000009', name: 'Trafford' },
      ],
    });
    // The old edition's filler postcodes are gone; the lake venue follows its postcode.
    expect(await t.dataSource.query("SELECT count(*)::int AS n FROM postcodes WHERE outcode = 'M15'")).toEqual([{ n: 0 }]);
    expect(await t.app.get(VenueRelocation).relocate()).toMatchObject({ moved: 1 });
    // 53.4476,-2.2238 to 53.45,-2.23: 0.477 km.
    expect(distances(await search('M14 5RA'))['Lakeside walk']).toEqual([0.5, false]);
  });

  it('reads Code-Point Open (no header, British National Grid) from its zip of per-area files', async () => {
    const file = await zipFile('codepo_gb.zip', {
      // The Ordnance Survey's worked example (Caister water tower), OSGB36 52°39′27.2531″N 1°43′4.5177″E (52.657570, 1.717922 on Airy 1830).
      'Data/CSV/nr.csv': '"NR29 3AA",10,651410,313177,"E92000001","E19000001","E18000001","E10000020","E07000145","E05005784"\n',
      'Data/CSV/m.csv':
        '"M1  1AE",10,384443,398268,"E92000001","E19000001","E18000002","","E08000003","E05011364"\n"M1  9ZZ",90,0,0,"E92000001","","","","",""\n',
      'Doc/Code-Point_Open_Column_Headers.csv': 'PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC\n',
    });
    expect(await load(file)).toMatchObject({ format: 'Code-Point Open', postcodes: 2, withoutCoordinates: 1 });
    const [tower] = await t.dataSource.query("SELECT latitude, longitude, district FROM postcodes WHERE postcode = 'NR29 3AA'");
    // In WGS84 the same point lies about 45 m north and 127 m west of its OSGB36 latitude and longitude.
    expect(Math.abs(tower.latitude - 52.65798)).toBeLessThan(0.00005);
    expect(Math.abs(tower.longitude - 1.71605)).toBeLessThan(0.00005);
    expect(tower.district).toBe('E07000145');
  });

  it('finds a service that comes to the person by its coverage area, and says it covers the area', async () => {
    await load(onspdFile('ONSPD_AGAIN_UK.csv', ALL));
    const home = await createActivity(t, admin, {
      organisationId,
      deliveryMode: 'HOME_VISIT',
      title: 'Home visits',
      coverageOutcodes: ['m15'],
      coverageDistricts: ['E08000003'],
    });
    const phone = await createActivity(t, admin, { organisationId, deliveryMode: 'PHONE', title: 'Trafford phone friends', coverageDistricts: ['E08000009'] });
    const titles = (result: { hits: { activity: { title: string } }[] }) => result.hits.map((h) => h.activity.title);

    // By outward code: M15, with no gazetteer district needed.
    const m15 = await search('M15 4ZZ');
    expect(m15.hits.find((h: { activity: { title: string } }) => h.activity.title === 'Home visits')).toMatchObject({ coversArea: true, distanceKm: null });
    // By district: M20 2SW is in Manchester (E08000003), far outside any radius of the M15 list.
    expect(titles(await search('M20 2SW', { needs: ['physical_activity'] }))).toContain('Home visits');
    // Sale is Trafford: the phone service, not the Manchester home visits; a phone service with an area is not "anywhere".
    const sale = titles(await search('M33 3HB'));
    expect(sale).toContain('Trafford phone friends');
    expect(sale).not.toContain('Home visits');
    expect(titles(await search('M20 2SW'))).not.toContain('Trafford phone friends');

    const refused = async (input: Record<string, unknown>) =>
      (await t.gql('mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id } }', { id: phone, input }, admin))
        .errors?.[0].extensions?.problems;
    expect(await refused({ coverageOutcodes: ['ZZ9'] })).toEqual([{ field: 'coverageOutcodes', message: 'ZZ9: not a postcode area we know' }]);
    expect(await refused({ coverageDistricts: ['E08000099'] })).toEqual([
      { field: 'coverageDistricts', message: 'E08000099: not a district in the postcode directory' },
    ]);
    expect(await refused({ deliveryMode: 'IN_PERSON', venueId: null })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'coverageOutcodes', message: expect.stringContaining('only a service that comes to the person') }),
      ]),
    );
    expect(home).toBeTruthy();
  });

  it('imports an Open Referral location given by coordinates alone, and publishes its precision and service areas', async () => {
    const feed = path.join(scratch, 'feed.json');
    const service = (id: string, extra: object) => ({
      id,
      name: `Service ${id.slice(-1)}`,
      description: 'Every week',
      status: 'active',
      organization: { id: '11111111-1111-4111-8111-111111111111', name: 'Park Friends', description: 'Friends of the park' },
      ...extra,
    });
    fs.writeFileSync(
      feed,
      JSON.stringify({
        total_items: 2,
        total_pages: 1,
        page_number: 1,
        size: 2,
        first_page: true,
        last_page: true,
        empty: false,
        contents: [
          service('a0000000-0000-4000-8000-000000000001', {
            service_at_locations: [
              { id: 's1', location: { id: 'l1', location_type: 'physical', name: 'Platt Fields Park gate', latitude: 53.4481, longitude: -2.2257 } },
            ],
          }),
          service('a0000000-0000-4000-8000-000000000002', {
            url: 'https://example.org/call',
            phones: [{ id: 'p1', number: '0161 123 4567' }],
            service_areas: [
              { id: 'a1', name: 'M14 M15' },
              { id: 'a2', name: 'Manchester', uri: 'http://statistics.data.gov.uk/id/statistical-geography/E08000003' },
              { id: 'a3', name: 'South Manchester and surrounding areas' },
            ],
          }),
        ],
      }),
    );
    const report = await t.app.get(OrukImporter).import(feed);
    expect(report.services.created).toBe(2);
    expect(report.warnings.map((w) => w.message).join('\n')).toContain('"South Manchester and surrounding areas" is not a district or a list of outward codes');
    const [gate] = await t.dataSource.query("SELECT postcode, outcode, latitude, longitude, precision FROM venues WHERE name = 'Platt Fields Park gate'");
    expect(gate).toEqual({ postcode: null, outcode: 'M14', latitude: 53.4481, longitude: -2.2257, precision: 'COORDINATES' });
    const [covered] = await t.dataSource.query("SELECT coverage_outcodes, coverage_districts FROM activities WHERE title = 'Service 2'");
    expect(covered).toEqual({ coverage_outcodes: ['M14', 'M15'], coverage_districts: ['E08000003'] });

    const [one, two] = await t.dataSource.query("SELECT id, organisation_id FROM activities WHERE title LIKE 'Service _' ORDER BY title");
    await setAssurance(t, one.organisation_id, 'ASSURED');
    const get = async (id: string) => (await request(t.app.getHttpServer()).get(`/openreferral/v3/services/${id}`).expect(200)).body;
    const [location] = (await get(one.id)).service_at_locations.map((sal: { location: object }) => sal.location);
    expect(location).toMatchObject({
      name: 'Platt Fields Park gate',
      latitude: 53.4481,
      longitude: -2.2257,
      description: 'Position given by the organisation',
      addresses: [],
    });
    expect((await get(two.id)).service_areas).toEqual([
      expect.objectContaining({ name: 'M14 M15', service_area: 'Postcode districts M14, M15' }),
      expect.objectContaining({ name: 'E08000003', uri: 'http://statistics.data.gov.uk/id/statistical-geography/E08000003' }),
    ]);
  });
});

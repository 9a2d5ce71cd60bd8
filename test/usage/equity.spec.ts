import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { DeprivationLoader, GazetteerLoader } from '@app/geo';
import { PopulationFileError, PopulationLoader } from '@app/usage';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { adminToken } from '../search/search-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

interface Person {
  hash: string | null;
  /** The decile at the first contact nearest the connections; undefined: no first contact at all. */
  decile?: number | null;
  connections: number;
  attended: number;
}

let seed = 3;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** People connected in April 2026: many in deciles 1 and 2, three in decile 5 (a small count), some without bands. */
function generate(): Person[] {
  const people: Person[] = [];
  const add = (decile: number | null | undefined, n: number, withReference = true) => {
    for (let i = 0; i < n; i++) {
      const connections = 1 + Math.floor(rand() * 2);
      people.push({
        hash: withReference ? randomUUID().replace(/-/g, '').padEnd(64, '0') : null,
        decile,
        connections,
        attended: Math.floor(rand() * (connections + 1)),
      });
    }
  };
  add(1, 23);
  add(2, 12);
  add(5, 3);
  add(null, 6); // consented to nothing about their area
  add(undefined, 7); // no first contact recorded
  add(undefined, 4, false); // connections without a person reference
  return people;
}

const rounded = (n: number) => (n >= 1 && n < 5 ? null : Math.round(n / 5) * 5);

describe('equity of access', () => {
  let t: TestApp;
  let admin: string;
  let commissioner: string;
  let linkWorker: string;
  let workerId: string;
  const people = generate();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'equity-'));

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    commissioner = await userWithRole(t, admin, 'COMMISSIONER');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    [{ id: workerId }] = await t.dataSource.query(
      `INSERT INTO users (email, password_hash, role, organisation_name) VALUES ($1, 'x', 'LINK_WORKER', 'North PCN') RETURNING id`,
      [`${randomUUID()}@example.test`],
    );
    const organisationId = await createOrganisation(t, admin, 'Equity walkers');
    const activityId = await createActivity(t, admin, { organisationId, deliveryMode: 'PHONE' });
    const connect = (hash: string | null, on: string, outcome: string) =>
      t.dataSource.query(
        `INSERT INTO connections (activity_id, organisation_id, link_worker_id, needs, person_ref_hash, outcome, created_at) VALUES ($1, $2, $3, '{loneliness}', $4, $5, $6)`,
        [activityId, organisationId, workerId, hash, outcome, on],
      );
    const firstContact = (hash: string, on: string, decile: number | null) =>
      t.dataSource.query(
        `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, deprivation_decile) VALUES ($1, $2, 'ONS4', 'FIRST_CONTACT', $3, $4)`,
        [workerId, hash, on, decile],
      );
    for (const person of people) {
      if (person.hash && person.decile !== undefined) {
        await firstContact(person.hash, '2026-04-02', person.decile);
        // An older first contact from another area, two years before: the nearest one counts.
        await firstContact(person.hash, '2024-03-01', 9);
      }
      for (let i = 0; i < person.connections; i++) await connect(person.hash, `2026-04-${10 + i}`, i < person.attended ? 'ATTENDED' : 'ACCEPTED');
    }
    // Outside the range asked for: not counted.
    await connect(people[0].hash, '2026-07-01', 'ATTENDED');
  });
  afterAll(() => t?.close());

  const equity = async (band: string, token = commissioner, range = { from: '2026-04-05', to: '2026-05-20' }) =>
    t.gql(
      `query($r: ReportRange!, $b: EquityBand!) { equityReport(range: $r, band: $b) {
         from to band populationSource rows { key label people connections attended connectionShare populationShare suppressed } } }`,
      { r: range, b: band },
      token,
    );

  it('counts connections and attendance by the decile given at the nearest first contact, matching figures computed from the generated people', async () => {
    const res = await equity('DEPRIVATION_DECILE');
    expect(res.errors).toBeUndefined();
    const report = res.data.equityReport;
    expect({ from: report.from, to: report.to, populationSource: report.populationSource }).toEqual({
      from: '2026-04-01',
      to: '2026-05-31',
      populationSource: null,
    });
    expect(report.rows.map((r: { key: string }) => r.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'NOT_RECORDED']);

    const group = (keep: (p: Person) => boolean) => people.filter(keep);
    const sum = (list: Person[], pick: (p: Person) => number) => list.reduce((n, p) => n + pick(p), 0);
    const expectedRow = (list: Person[]) => ({
      people: rounded(list.filter((p) => p.hash).length),
      connections: rounded(sum(list, (p) => p.connections)),
      attended: rounded(sum(list, (p) => p.attended)),
    });
    const row = (key: string) => report.rows.find((r: { key: string }) => r.key === key);
    const first = group((p) => p.decile === 1);
    const second = group((p) => p.decile === 2);
    expect(row('1')).toMatchObject({ label: '1 (most deprived)', suppressed: false, ...expectedRow(first) });
    expect(row('2')).toMatchObject(expectedRow(second));
    // Three people in decile 5: withheld, never shown as a number or a share.
    expect(row('5')).toMatchObject({ people: null, suppressed: true });
    const small = row('5');
    expect(small.connections === null ? small.connectionShare === null : small.connections >= 5).toBe(true);
    // Nobody from decile 9 now: the older first contacts there are not the nearest.
    expect(row('9')).toMatchObject({ people: 0, connections: 0, attended: 0, connectionShare: 0 });
    expect(row('NOT_RECORDED')).toMatchObject({ connectionShare: null, ...expectedRow(group((p) => p.decile === null || p.decile === undefined)) });

    // Shares are of the shown (rounded) connections whose decile was recorded.
    const shown = report.rows
      .filter((r: { key: string }) => r.key !== 'NOT_RECORDED')
      .reduce((n: number, r: { connections: number | null }) => n + (r.connections ?? 0), 0);
    expect(row('1').connectionShare).toBeCloseTo(row('1').connections / shown, 3);
  });

  it('sets the area’s population beside the connections once its census figures are loaded; a bad file changes nothing', async () => {
    const file = path.join(scratch, 'population.csv');
    fs.writeFileSync(file, 'band,value,people\nDEPRIVATION_DECILE,1,30000\nDEPRIVATION_DECILE,2,10000\nSEX,FEMALE,51000\nSEX,MALE,49000\n');
    expect(await t.app.get(PopulationLoader).load(file, 'Census 2021, Testshire')).toEqual({
      file: 'population.csv',
      source: 'Census 2021, Testshire',
      bands: ['DEPRIVATION_DECILE', 'SEX'],
    });
    const report = (await equity('DEPRIVATION_DECILE')).data.equityReport;
    expect(report.populationSource).toBe('Census 2021, Testshire');
    expect(report.rows.find((r: { key: string }) => r.key === '1').populationShare).toBe(0.75);
    expect(report.rows.find((r: { key: string }) => r.key === '3').populationShare).toBeNull();
    expect((await equity('AGE_BAND')).data.equityReport.populationSource).toBeNull();

    const bad = path.join(scratch, 'bad.csv');
    for (const [text, message] of [
      ['band,value,people\nSHOE_SIZE,9,100\n', 'bad.csv line 2: band must be one of DEPRIVATION_DECILE, AGE_BAND, SEX, ETHNIC_GROUP'],
      ['band,value,people\nSEX,FEMALE,100\nSEX,OTHER,5\n', 'bad.csv line 3: value must be one of FEMALE, MALE for SEX'],
      ['band,value,people\nSEX,FEMALE,-4\n', 'bad.csv line 2: people must be a whole number'],
      ['band,value,people\nSEX,FEMALE,4\nSEX,FEMALE,5\n', 'bad.csv line 3: SEX FEMALE appears more than once'],
      ['name,age\nSam,40\n', 'bad.csv: the first line must be band,value,people'],
    ]) {
      fs.writeFileSync(bad, text);
      await expect(t.app.get(PopulationLoader).load(bad)).rejects.toThrow(new PopulationFileError(message));
    }
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM area_population')).toEqual([{ n: 4 }]);
  });

  it('finds the needs left short near the most deprived areas, placing each outward code by the middle decile of its postcodes', async () => {
    const before = (
      await t.gql('{ deprivedAreaDemand(range: { from: "2026-04-01", to: "2026-04-30" }) { outcodesWithDecile needs { key } } }', {}, commissioner)
    ).data.deprivedAreaDemand;
    expect(before).toEqual({ outcodesWithDecile: 0, needs: [] });

    // M8: postcodes in deciles 1, 1, 2 (middle 1); M20: 1, 9, 9 (middle 9).
    const postcodes = [
      ['M8 1AA', 'M8', 'E01000001'],
      ['M8 1AB', 'M8', 'E01000001'],
      ['M8 1AD', 'M8', 'E01000002'],
      ['M20 1AA', 'M20', 'E01000001'],
      ['M20 1AB', 'M20', 'E01000009'],
      ['M20 1AD', 'M20', 'E01000009'],
    ];
    for (const [postcode, outcode, lsoa] of postcodes)
      await t.dataSource.query(`INSERT INTO postcodes (postcode, outcode, latitude, longitude, lsoa) VALUES ($1, $2, 53.5, -2.2, $3)`, [
        postcode,
        outcode,
        lsoa,
      ]);
    const file = path.join(scratch, 'File_1.csv');
    fs.writeFileSync(
      file,
      'LSOA code (2021),Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)\nE01000001,1\nE01000002,2\nE01000009,9\n',
    );
    await t.app.get(DeprivationLoader).load(file);
    expect(await t.dataSource.query('SELECT outcode, decile, postcodes FROM outcode_deciles ORDER BY outcode')).toEqual([
      { outcode: 'M20', decile: 9, postcodes: 3 },
      { outcode: 'M8', decile: 1, postcodes: 3 },
    ]);

    // Housing from M8: 10 searches, 6 found nothing and 2 found one or two. From M20: 10 searches, 2 left short.
    const search = (outcode: string | null, need: string, results: number, on = '2026-04-15') =>
      t.dataSource.query(`INSERT INTO search_demand (searched_at, needs, outcode, result_count) VALUES ($1, $2, $3, $4)`, [on, [need], outcode, results]);
    for (const results of [0, 0, 0, 0, 0, 0, 1, 2, 3, 8]) await search('M8', 'housing', results);
    for (const results of [0, 2, 3, 3, 4, 5, 6, 7, 8, 9]) await search('M20', 'housing', results);
    for (const results of [5, 6, 0]) await search('M8', 'loneliness', results);
    await search('M8', 'housing', 0, '2026-06-01'); // outside the range
    await search(null, 'housing', 0); // no place: cannot be placed
    await search('ZZ9', 'housing', 0); // an outward code with no known decile

    const res = await t.gql(
      `{ deprivedAreaDemand(range: { from: "2026-04-01", to: "2026-04-30" }) { mostDeprivedDeciles fewerThan outcodesWithDecile
          needs { key label searches noResults fewResults shortShare shortShareElsewhere } areas { outcode decile searches noResults fewResults } } }`,
      {},
      commissioner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.deprivedAreaDemand).toEqual({
      mostDeprivedDeciles: 2,
      fewerThan: 3,
      outcodesWithDecile: 2,
      needs: [
        { key: 'housing', label: 'Housing', searches: 10, noResults: 6, fewResults: 2, shortShare: 0.8, shortShareElsewhere: 0.2 },
        { key: 'loneliness', label: 'Loneliness and isolation', searches: 3, noResults: 1, fewResults: 0, shortShare: 0.333, shortShareElsewhere: null },
      ],
      areas: [{ outcode: 'M8', decile: 1, searches: 13, noResults: 7, fewResults: 2 }],
    });
    // A new gazetteer edition places outward codes afresh: M9 appears in decile 2.
    const nspl = path.join(scratch, 'NSPL_TEST_UK.csv');
    const header = 'pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,lsoa21,lat,long,imd';
    const line = ([postcode, , lsoa]: string[]) =>
      `"${postcode}","${postcode}","${postcode}","198001","","0","","","1","","","","E08000003","","${lsoa}",53.5,-2.2,"1"`;
    fs.writeFileSync(nspl, [header, ...[...postcodes, ['M9 4AA', 'M9', 'E01000002']].map(line)].join('\n'));
    await t.app.get(GazetteerLoader).load(nspl);
    expect(await t.dataSource.query("SELECT outcode, decile FROM outcode_deciles WHERE outcode = 'M9'")).toEqual([{ outcode: 'M9', decile: 2 }]);
    // Counting decile 9 as "most deprived" takes M20 in too; out of range is refused by name.
    const wide = await t.gql(
      '{ deprivedAreaDemand(range: { from: "2026-04-01", to: "2026-04-30" }, mostDeprivedDeciles: 6) { areas { outcode } } }',
      {},
      commissioner,
    );
    expect(wide.errors?.[0].extensions?.problems).toEqual([{ field: 'mostDeprivedDeciles', message: 'must be a whole number from 1 to 5' }]);
  });

  it('offers both as CSV with no person reference and no count from 1 to 4, to commissioners only', async () => {
    const get = (url: string, token: string) => request(t.app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`);
    const csv = await get('/reports/equity.csv?from=2026-04-01&to=2026-05-31&groupBy=DEPRIVATION_DECILE', commissioner);
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('band,key,label,people,connections,attended,connection_share,population_share,suppressed');
    expect(lines).toHaveLength(1 + 11);
    for (const person of people) if (person.hash) expect(csv.text).not.toContain(person.hash.slice(0, 16));
    for (const line of lines.slice(1)) {
      for (const count of line.split(',').slice(3, 6)) expect(count === '' || Number(count) === 0 || Number(count) >= 5).toBe(true);
    }
    const areas = await get('/reports/deprived-areas.csv?from=2026-04-01&to=2026-04-30&groupBy=OUTCODE', commissioner);
    expect(areas.text.trim().split('\r\n')).toEqual(['outcode,decile,searches,no_results,few_results', 'M8,1,13,7,2']);
    expect((await get('/reports/equity.csv?from=2026-04-01&to=2026-05-31&groupBy=SEX', linkWorker)).status).toBe(403);
    const bad = await get('/reports/equity.csv?from=2026-04-01&to=2026-05-31&groupBy=NEED', commissioner);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('groupBy');
  });
});

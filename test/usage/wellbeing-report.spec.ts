import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { adminToken } from '../search/search-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const ITEMS = ['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY'] as const;
type Item = (typeof ITEMS)[number];

interface Pair {
  quarter: string;
  followOn: string;
  sex: 'FEMALE' | 'MALE' | null;
  pcn: number;
  needs: string[];
  first: Record<Item, number>;
  follow: Record<Item, number>;
}

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const score = () => Math.floor(rand() * 11);

/** A generated year: pairs in three quarters, with one small cell (3 men followed up in Q2). */
function generate(): Pair[] {
  const pairs: Pair[] = [];
  const add = (quarter: string, followOn: string, sex: Pair['sex'], n: number) => {
    for (let i = 0; i < n; i++) {
      const first = Object.fromEntries(ITEMS.map((item) => [item, score()])) as Record<Item, number>;
      const follow = Object.fromEntries(ITEMS.map((item) => [item, Math.max(0, Math.min(10, first[item] + Math.floor(rand() * 5) - 1))])) as Record<
        Item,
        number
      >;
      pairs.push({ quarter, followOn, sex, pcn: i % 2, needs: i % 3 === 0 ? ['loneliness', 'mental_health'] : ['loneliness'], first, follow });
    }
  };
  add('2026-Q1', '2026-02-10', 'FEMALE', 14);
  add('2026-Q1', '2026-03-01', 'MALE', 11);
  add('2026-Q1', '2026-03-20', null, 12);
  add('2026-Q2', '2026-05-05', 'FEMALE', 17);
  add('2026-Q2', '2026-05-06', 'MALE', 3);
  add('2026-Q2', '2026-06-30', null, 10);
  add('2026-Q3', '2026-07-01', 'FEMALE', 12);
  add('2026-Q3', '2026-08-15', 'MALE', 13);
  return pairs;
}

/** The expected row computed straight from the generated pairs (no SQL, no report code). */
function expected(pairs: Pair[]) {
  const n = pairs.length;
  const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
  return {
    people: Math.round(n / 5) * 5,
    items: ITEMS.map((item) => ({
      item,
      meanFirst: round(pairs.reduce((s, p) => s + p.first[item], 0) / n, 1),
      meanFollowUp: round(pairs.reduce((s, p) => s + p.follow[item], 0) / n, 1),
      meanChange: round(pairs.reduce((s, p) => s + p.follow[item] - p.first[item], 0) / n, 1),
      improvedShare: round(pairs.filter((p) => (item === 'ANXIETY' ? p.follow[item] <= p.first[item] - 1 : p.follow[item] >= p.first[item] + 1)).length / n, 2),
    })),
  };
}

describe('wellbeing change report', () => {
  let t: TestApp;
  let commissioner: string;
  let leader: string;
  let otherLeader: string;
  let organisationId: string;
  const pairs = generate();
  const references: string[] = [];

  beforeAll(async () => {
    // Without the demo, whose own wellbeing records would be in every figure.
    t = await startTestApp();
    const admin = await adminToken(t);
    commissioner = await userWithRole(t, admin, 'COMMISSIONER');
    const workers: string[] = [];
    for (const pcn of ['North PCN', 'South PCN']) {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO users (email, password_hash, role, organisation_name) VALUES ($1, 'x', 'LINK_WORKER', $2) RETURNING id`,
        [`${randomUUID()}@example.test`, pcn],
      );
      workers.push(id);
    }
    organisationId = await createOrganisation(t, admin, 'Report walkers');
    leader = await userWithRole(t, admin, 'VCSE_LEADER', [organisationId]);
    otherLeader = await userWithRole(t, admin, 'VCSE_LEADER');
    const activityId = await createActivity(t, admin, { organisationId, deliveryMode: 'PHONE' });
    for (const [i, p] of pairs.entries()) {
      const hash = randomUUID().replace(/-/g, '').padEnd(64, '0');
      references.push(hash);
      const firstOn = new Date(Date.parse(p.followOn) - 70 * 86_400_000).toISOString().slice(0, 10);
      const [{ id: firstId }] = await t.dataSource.query(
        `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, sex) VALUES ($1, $2, 'ONS4', 'FIRST_CONTACT', $3, $4) RETURNING id`,
        [workers[p.pcn], hash, firstOn, p.sex],
      );
      const [{ id: followId }] = await t.dataSource.query(
        `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, first_contact_id) VALUES ($1, $2, 'ONS4', 'FOLLOW_UP', $3, $4) RETURNING id`,
        [workers[p.pcn], hash, p.followOn, firstId],
      );
      for (const item of ITEMS) {
        await t.dataSource.query('INSERT INTO wellbeing_scores (record_id, item, score) VALUES ($1, $2, $3), ($4, $2, $5)', [
          firstId,
          item,
          p.first[item],
          followId,
          p.follow[item],
        ]);
      }
      await t.dataSource.query(
        `INSERT INTO connections (activity_id, organisation_id, link_worker_id, needs, person_ref_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6::date + 1)`,
        [activityId, organisationId, workers[p.pcn], p.needs, hash, firstOn],
      );
      if (i === 0) expect(firstId).toBeDefined();
    }
  });
  afterAll(() => t?.close());

  const report = async (from: string, to: string, groupBy: string, need?: string) => {
    const res = await t.gql(
      `query($r: ReportRange!, $g: WellbeingGrouping!) { wellbeingReport(range: $r, groupBy: $g) {
         from to rows { key label people suppressed items { item meanFirst meanFollowUp meanChange improvedShare } } } }`,
      { r: { from, to, need }, g: groupBy },
      commissioner,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.wellbeingReport;
  };
  type Row = { key: string; people: number | null };
  const row = (r: { rows: Row[] }, key: string) => r.rows.find((x) => x.key === key);
  const inQuarters = (quarters: string[], keep: (p: Pair) => boolean = () => true) => pairs.filter((p) => quarters.includes(p.quarter) && keep(p));

  it('matches figures computed independently from the generated data, over whole quarters', async () => {
    const all = await report('2026-01-15', '2026-08-01', 'ALL');
    expect({ from: all.from, to: all.to }).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(row(all, 'ALL')).toEqual({ key: 'ALL', label: 'Everyone', suppressed: false, ...expected(pairs) });

    // Q1 and Q2 (in Q3 only 9 people had mental health among their needs: withheld, see below).
    const firstHalf = (p: Pair) => p.quarter !== '2026-Q3' && p.needs.includes('mental_health');
    const byNeed = await report('2026-01-01', '2026-06-30', 'NEED');
    expect(row(byNeed, 'mental_health')).toMatchObject({ suppressed: false, ...expected(pairs.filter(firstHalf)) });
    const byPcn = await report('2026-01-01', '2026-09-30', 'PCN');
    expect(byPcn.rows.map((r: { label: string }) => r.label)).toEqual(['North PCN', 'South PCN']);
    // Narrowed to one need: the same pairs as that need's row.
    expect(row(await report('2026-01-01', '2026-06-30', 'ALL', 'mental_health'), 'ALL')).toMatchObject(expected(pairs.filter(firstHalf)));
  });

  it('withholds a small quarter cell, and one more beside it, in every range that touches it', async () => {
    // Q2: 3 men (under 10) and, beside them, the next smallest cell (10 not recorded) are withheld.
    const q2 = await report('2026-04-01', '2026-06-30', 'SEX');
    expect(row(q2, 'MALE')).toMatchObject({ people: null, suppressed: true, items: expect.arrayContaining([expect.objectContaining({ meanFirst: null })]) });
    expect(row(q2, 'NOT_RECORDED')).toMatchObject({ people: null, suppressed: true });
    expect(row(q2, 'FEMALE')).toMatchObject({ suppressed: false, ...expected(inQuarters(['2026-Q2'], (p) => p.sex === 'FEMALE')) });

    // Over the year, men's figures are Q1 and Q3 only: the 3 men of Q2 are in no figure.
    const year = await report('2026-01-01', '2026-09-30', 'SEX');
    expect(row(year, 'MALE')).toMatchObject({ suppressed: true, ...expected(inQuarters(['2026-Q1', '2026-Q3'], (p) => p.sex === 'MALE')) });

    // Differencing overlapping ranges (Q1–Q2 from Q1–Q3, Q1 from Q1–Q2) gives whole cells of 10 or more, never the 3.
    for (const [wide, narrow] of [
      [
        ['2026-01-01', '2026-09-30'],
        ['2026-01-01', '2026-06-30'],
      ],
      [
        ['2026-01-01', '2026-06-30'],
        ['2026-01-01', '2026-03-31'],
      ],
    ]) {
      const a = row(await report(wide[0], wide[1], 'SEX'), 'MALE');
      const b = row(await report(narrow[0], narrow[1], 'SEX'), 'MALE');
      const difference = (a?.people ?? 0) - (b?.people ?? 0);
      expect(difference === 0 || difference >= 10).toBe(true);
    }
    // Everyone in Q2 less the rows shown leaves two cells together (3 + 10), not the 3 alone.
    const everyone = row(await report('2026-04-01', '2026-06-30', 'ALL'), 'ALL');
    expect(everyone!.people! - row(q2, 'FEMALE')!.people!).toBeGreaterThanOrEqual(10);
  });

  it('offers the report as CSV with no person reference in it, and refuses what it cannot answer', async () => {
    const csv = await request(t.app.getHttpServer())
      .get('/reports/wellbeing.csv?from=2026-01-01&to=2026-09-30&groupBy=SEX')
      .set('authorization', `Bearer ${commissioner}`);
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('key,label,people,item,mean_first,mean_follow_up,mean_change,improved_share,suppressed');
    expect(lines).toHaveLength(1 + 3 * 4);
    for (const reference of references) expect(csv.text).not.toContain(reference.slice(0, 16));
    // No shown count under 10.
    for (const line of lines.slice(1)) {
      const people = line.split(',')[2];
      expect(people === '' || Number(people) >= 10).toBe(true);
    }
    const area = await t.gql('{ wellbeingReport(range: { from: "2026-01-01", to: "2026-03-31", area: "M14" }, groupBy: ALL) { from } }', {}, commissioner);
    expect(area.errors?.[0].extensions?.problems).toEqual([{ field: 'area', message: 'is not available here: people’s postcodes are not kept' }]);
    const backwards = await t.gql('{ wellbeingReport(range: { from: "2026-03-01", to: "2026-01-01" }, groupBy: ALL) { from } }', {}, commissioner);
    expect(backwards.errors?.[0].extensions?.problems).toEqual([{ field: 'range.to', message: 'must not be before from' }]);
    const badCsv = await request(t.app.getHttpServer())
      .get('/reports/wellbeing.csv?from=2026-01-01&to=2026-03-31&groupBy=SHOE_SIZE')
      .set('authorization', `Bearer ${commissioner}`);
    expect(badCsv.status).toBe(400);
  });

  it("shows a group's leaders the change for people connected to it, by calendar year, as commissioners see it", async () => {
    const query = `query($o: ID!, $y: Int) { organisationWellbeing(organisationId: $o, year: $y) {
      from to rows { key label people suppressed items { item meanFirst meanFollowUp meanChange improvedShare } } } }`;
    const mine = await t.gql(query, { o: organisationId, y: 2026 }, leader);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.organisationWellbeing).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(mine.data.organisationWellbeing.rows).toEqual([{ key: organisationId, label: 'Report walkers', suppressed: false, ...expected(pairs) }]);
    expect((await t.gql(query, { o: organisationId, y: 2025 }, leader)).data.organisationWellbeing.rows).toEqual([]);
    expect((await t.gql(query, { o: organisationId }, otherLeader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(query, { o: organisationId, y: 2019 }, leader)).errors?.[0].extensions?.problems).toEqual([
      { field: 'year', message: `must be from 2020 to ${new Date().getUTCFullYear()}` },
    ]);
  });
});

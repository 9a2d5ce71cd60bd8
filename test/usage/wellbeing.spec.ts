import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DeprivationFileError, DeprivationLoader } from '@app/geo';
import { WellbeingRetentionJob } from '@app/usage';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const RECORD = 'id occasion measure recordedOn scores { item score } bands { ageBand sex ethnicGroup deprivationDecile } followUpDueOn pairedWith';
const ONS4 = (life: number, worthwhile: number, happy: number, anxious: number) => [
  { item: 'LIFE_SATISFACTION', score: life },
  { item: 'WORTHWHILE', score: worthwhile },
  { item: 'HAPPINESS', score: happy },
  { item: 'ANXIETY', score: anxious },
];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('wellbeing measures (ONS4) recorded by link workers', () => {
  let t: TestApp;
  let linkWorker: string;
  let colleague: string;
  const clock = new TestClock();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wellbeing-'));

  beforeAll(async () => {
    t = await startTestApp({ demo: true, clock, captureLogs: true });
    const admin = await t.login('admin@demo.test');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    colleague = await userWithRole(t, admin, 'LINK_WORKER');
    const leader = await userWithRole(t, admin, 'VCSE_LEADER');
    const organisationId = await createOrganisation(t, leader, 'Wellbeing walkers');
    const activityId = await createActivity(t, leader, { organisationId, title: 'Tuesday walk', deliveryMode: 'PHONE' });
    await t.gql(
      'mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness"], personReference: "WB-0100" }) { id } }',
      { a: activityId },
      linkWorker,
    );
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });
  afterEach(() => clock.reset());

  const record = (input: Record<string, unknown>, token = linkWorker) =>
    t.gql(`mutation($i: RecordWellbeingInput!) { recordWellbeing(input: $i) { ${RECORD} } }`, { i: { scores: ONS4(4, 5, 3, 7), ...input } }, token);
  const problems = async (input: Record<string, unknown>) => (await record(input)).errors?.[0].extensions?.problems;

  it('records a first contact with consented bands, then pairs the follow-up by the person reference', async () => {
    const first = await record({
      personReference: 'WB-0100',
      occasion: 'FIRST_CONTACT',
      recordedOn: day(-60),
      bands: { consented: true, ageBand: 'AGE_65_74', sex: 'FEMALE', ethnicGroup: 'WHITE' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordWellbeing).toMatchObject({
      occasion: 'FIRST_CONTACT',
      measure: 'ONS4',
      recordedOn: day(-60),
      scores: ONS4(4, 5, 3, 7),
      bands: { ageBand: 'AGE_65_74', sex: 'FEMALE', ethnicGroup: 'WHITE', deprivationDecile: null },
      followUpDueOn: day(-4),
      pairedWith: null,
    });

    // Due (8 weeks on), with the activity the person was connected to since.
    const due = await t.gql('{ wellbeingFollowUpsDue { firstContactId firstContactOn dueOn connectedTo } }', {}, linkWorker);
    expect(due.data.wellbeingFollowUpsDue).toEqual([
      { firstContactId: first.data.recordWellbeing.id, firstContactOn: day(-60), dueOn: day(-4), connectedTo: ['Tuesday walk'] },
    ]);
    // A colleague's own list does not show it, and their reference "WB-0100" is another person.
    expect((await t.gql('{ wellbeingFollowUpsDue { firstContactId } }', {}, colleague)).data.wellbeingFollowUpsDue).toEqual([]);

    // The reference is matched whatever its case and spacing, as on connections.
    const followUp = await record({ personReference: ' wb-0100 ', occasion: 'FOLLOW_UP', scores: ONS4(7, 7, 6, 3) });
    expect(followUp.errors).toBeUndefined();
    expect(followUp.data.recordWellbeing).toMatchObject({
      occasion: 'FOLLOW_UP',
      recordedOn: day(0),
      bands: null,
      followUpDueOn: null,
      pairedWith: first.data.recordWellbeing.id,
    });
    expect((await t.gql('{ wellbeingFollowUpsDue { firstContactId } }', {}, linkWorker)).data.wellbeingFollowUpsDue).toEqual([]);

    const history = await t.gql(`{ wellbeingRecords(personReference: "WB-0100") { ${RECORD} } }`, {}, linkWorker);
    expect(history.data.wellbeingRecords.map((r: { occasion: string; pairedWith: string }) => [r.occasion, r.pairedWith])).toEqual([
      ['FIRST_CONTACT', followUp.data.recordWellbeing.id],
      ['FOLLOW_UP', first.data.recordWellbeing.id],
    ]);
    expect((await t.gql('{ wellbeingRecords(personReference: "WB-0100") { id } }', {}, colleague)).data.wellbeingRecords).toEqual([]);
    // Only the keyed hash is stored.
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM wellbeing_records'));
    expect(stored).not.toMatch(/WB-0100/i);
  });

  it('refuses scores out of range, missing or repeated items, and names the field', async () => {
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', scores: ONS4(11, 5, -1, 7) })).toEqual([
      { field: 'scores.0.score', message: 'must be from 0 to 10' },
      { field: 'scores.2.score', message: 'must be from 0 to 10' },
    ]);
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', scores: ONS4(4, 5, 3, 7).slice(0, 3) })).toEqual([
      { field: 'scores', message: 'ONS4 needs a score for ANXIETY too' },
    ]);
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', scores: [...ONS4(4, 5, 3, 7), { item: 'HAPPINESS', score: 2 }] })).toEqual([
      { field: 'scores', message: 'give one score for HAPPINESS' },
    ]);
    const fractional = await record({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', scores: ONS4(4.5, 5, 3, 7) });
    expect(fractional.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', recordedOn: day(1) })).toEqual([
      { field: 'recordedOn', message: 'must not be in the future' },
    ]);
    expect(await problems({ personReference: '943 476 5919', occasion: 'FIRST_CONTACT' })).toEqual([
      { field: 'personReference', message: 'must not be an NHS number: use an opaque reference of your own' },
    ]);
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', bands: { consented: false, sex: 'MALE' } })).toEqual([
      { field: 'bands.consented', message: 'must be true: record equity bands only with the person’s consent' },
    ]);
    expect(await problems({ personReference: 'WB-0200', occasion: 'FIRST_CONTACT', bands: { consented: true, postcode: 'nowhere' } })).toEqual([
      { field: 'bands.postcode', message: 'must be a full UK postcode, e.g. M14 5RA' },
    ]);
    // Nothing was saved by any of them.
    expect((await t.gql('{ wellbeingRecords(personReference: "WB-0200") { id } }', {}, linkWorker)).data.wellbeingRecords).toEqual([]);
  });

  it('pairs only in order: no follow-up without a first contact, none on or before it, no second open first contact', async () => {
    expect(await problems({ personReference: 'WB-0300', occasion: 'FOLLOW_UP' })).toEqual([
      { field: 'occasion', message: 'there is no first contact for this person to follow up: record the first contact first' },
    ]);
    expect((await record({ personReference: 'WB-0300', occasion: 'FIRST_CONTACT', recordedOn: day(-10) })).errors).toBeUndefined();
    const again = await record({ personReference: 'WB-0300', occasion: 'FIRST_CONTACT' });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toBe(`This person’s first contact, recorded on ${day(-10)}, has no follow-up yet: record the follow-up instead`);
    expect(await problems({ personReference: 'WB-0300', occasion: 'FOLLOW_UP', recordedOn: day(-10) })).toEqual([
      { field: 'recordedOn', message: `must be after the first contact (${day(-10)})` },
    ]);
    expect(await problems({ personReference: 'WB-0300', occasion: 'FOLLOW_UP', bands: { consented: true, sex: 'MALE' } })).toEqual([
      { field: 'bands', message: 'equity bands are recorded once, with the first contact' },
    ]);
    // Two follow-ups at once: one is paired, the other finds nothing left to follow up.
    const both = await Promise.all([1, 2].map(() => record({ personReference: 'WB-0300', occasion: 'FOLLOW_UP' })));
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.find((r) => r.errors)?.errors?.[0].extensions?.problems).toEqual([
      { field: 'occasion', message: 'there is no first contact for this person to follow up: record the first contact first' },
    ]);
    // A new episode starts with a new first contact once the last one is followed up.
    expect((await record({ personReference: 'WB-0300', occasion: 'FIRST_CONTACT' })).errors).toBeUndefined();
  });

  it('reminds of follow-ups from a week before they fall due', async () => {
    const first = await record({ personReference: 'WB-0400', occasion: 'FIRST_CONTACT' }, colleague);
    expect(first.errors).toBeUndefined();
    const due = async () => (await t.gql('{ wellbeingFollowUpsDue { firstContactId dueOn } }', {}, colleague)).data.wellbeingFollowUpsDue;
    clock.travelDays(48);
    expect(await due()).toEqual([]);
    clock.travelDays(1);
    expect(await due()).toEqual([{ firstContactId: first.data.recordWellbeing.id, dueOn: day(56) }]);
  });

  it('keeps the deprivation decile of the postcode’s area, never the postcode; a bad IMD file changes nothing', async () => {
    const file = path.join(scratch, 'File_1_IoD2025_Index_of_Multiple_Deprivation.csv');
    fs.writeFileSync(
      file,
      'LSOA code (2021),LSOA name (2021),Local Authority District code (2024),Local Authority District name (2024),Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)\n' +
        'E01005062,Manchester 054A,E08000003,Manchester,1234,1\nE01005063,Manchester 054B,E08000003,Manchester,30000,10\n',
    );
    await t.dataSource.query(
      "INSERT INTO postcodes (postcode, outcode, latitude, longitude, district, lsoa) VALUES ('M14 5ZZ', 'M14', 53.45, -2.23, 'E08000003', 'E01005062') ON CONFLICT (postcode) DO UPDATE SET lsoa = EXCLUDED.lsoa",
    );
    expect(await t.app.get(DeprivationLoader).load(file)).toEqual({ file: path.basename(file), areas: 2 });

    const first = await record({ personReference: 'WB-0500', occasion: 'FIRST_CONTACT', bands: { consented: true, postcode: 'm14 5zz' } });
    expect(first.data.recordWellbeing.bands).toEqual({ ageBand: null, sex: null, ethnicGroup: null, deprivationDecile: 1 });
    // A postcode the gazetteer does not hold: no decile, and the rest is kept.
    const unknown = await record({ personReference: 'WB-0501', occasion: 'FIRST_CONTACT', bands: { consented: true, sex: 'MALE', postcode: 'M14 9QQ' } });
    expect(unknown.data.recordWellbeing.bands).toEqual({ ageBand: null, sex: 'MALE', ethnicGroup: null, deprivationDecile: null });
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM wellbeing_records'));
    expect(stored).not.toMatch(/M14 ?5ZZ/i);

    const bad = path.join(scratch, 'bad.csv');
    fs.writeFileSync(bad, 'LSOA code (2021),Index of Multiple Deprivation (IMD) Decile\nE01005062,11\n');
    await expect(t.app.get(DeprivationLoader).load(bad)).rejects.toThrow(
      new DeprivationFileError('bad.csv line 2: expected an LSOA code and a decile from 1 to 10'),
    );
    fs.writeFileSync(bad, 'name,age\nSam,40\n');
    await expect(t.app.get(DeprivationLoader).load(bad)).rejects.toThrow(/not the Indices of Deprivation's File 1/);
    expect(await t.dataSource.query('SELECT lsoa, decile FROM deprivation_deciles ORDER BY lsoa')).toEqual([
      { lsoa: 'E01005062', decile: 1 },
      { lsoa: 'E01005063', decile: 10 },
    ]);
  });

  it('deletes a first contact three years on, with its follow-up and scores', async () => {
    const old = await record({ personReference: 'WB-0600', occasion: 'FIRST_CONTACT', recordedOn: day(-3 * 365 - 2) });
    expect(old.errors).toBeUndefined();
    expect((await record({ personReference: 'WB-0600', occasion: 'FOLLOW_UP', recordedOn: day(-3 * 365 + 60) })).errors).toBeUndefined();
    const recent = await record({ personReference: 'WB-0601', occasion: 'FIRST_CONTACT', recordedOn: day(-3 * 365 + 5) });
    expect(await t.app.get(WellbeingRetentionJob).run()).toBe(1);
    expect((await t.gql('{ wellbeingRecords(personReference: "WB-0600") { id } }', {}, linkWorker)).data.wellbeingRecords).toEqual([]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM wellbeing_scores WHERE record_id = $1', [old.data.recordWellbeing.id])).toEqual([{ n: 0 }]);
    expect((await t.gql('{ wellbeingRecords(personReference: "WB-0601") { id } }', {}, linkWorker)).data.wellbeingRecords).toEqual([
      { id: recent.data.recordWellbeing.id },
    ]);
  });

  it('writes no person reference and no postcode to the logs', () => {
    expect(t.logs.length).toBeGreaterThan(10);
    for (const line of t.logs) for (const secret of [/WB-0\d{3}/i, /M14 ?5ZZ/i, /M14 ?9QQ/i]) expect(line).not.toMatch(secret);
  });
});

import { isoDay } from '@app/common';
import { ListingResumeJob } from '@app/directory';
import { createActivity, createOrganisation, createVenue, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

/** What the leader's workspace adds to the API: listing actions, recurrences, venues, referrals, returns, the summary. */
describe("a leader's workspace, through the API", () => {
  const clock = new TestClock();
  let t: TestApp;
  let admin: string;
  let leader: string;
  let linkWorker: string;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { ORUK_PUBLISH: 'all' } });
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    admin = await t.login('root@example.test', 'root-password-123');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    orgId = await createOrganisation(t, leader, 'Workspace Group');
    await t.dataSource.query(`UPDATE organisations SET assurance_status = 'ASSURED' WHERE id = $1`, [orgId]);
  });
  afterAll(() => t?.close());
  afterEach(() => clock.reset());

  const activity = async (id: string) =>
    (
      await t.gql(
        'query($id: ID!) { activity(id: $id) { id title status pausedReason resumesOn lastVerifiedAt capacity { spacesAvailable waitingList state } } }',
        { id },
        leader,
      )
    ).data.activity;
  const searchIds = async (input: Record<string, unknown> = {}) => {
    await t.flushSearch();
    const res = await t.gql('query($i: ActivitySearchInput!) { searchActivities(input: $i) { hits { activity { id } } } }', { i: input }, linkWorker);
    return res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id);
  };

  it('starts a new listing verified, and counts an edit as a verification', async () => {
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Fresh listing' });
    const created = await activity(id);
    expect(Date.now() - Date.parse(created.lastVerifiedAt)).toBeLessThan(60_000);
    await t.dataSource.query(`UPDATE activities SET last_verified_at = now() - interval '300 days' WHERE id = $1`, [id]);
    await t.gql('mutation($id: ID!) { updateActivity(id: $id, input: { description: "Still on" }) { id } }', { id }, leader);
    expect(Date.now() - Date.parse((await activity(id)).lastVerifiedAt)).toBeLessThan(60_000);
  });

  it('pauses a listing with a reason until a day, and the resume job brings it back on that day', async () => {
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Paused walk' });
    const tomorrow = isoDay(new Date(Date.now() + 86_400_000));
    const past = await t.gql(
      'mutation($id: ID!, $d: Date) { pauseActivity(id: $id, input: { reason: "Summer break", resumesOn: $d }) { id } }',
      { id, d: isoDay(new Date()) },
      leader,
    );
    expect(past.errors?.[0].extensions?.fields).toEqual(['resumesOn']);
    const paused = await t.gql(
      'mutation($id: ID!, $d: Date) { pauseActivity(id: $id, input: { reason: "Summer break", resumesOn: $d }) { status pausedReason resumesOn } }',
      { id, d: tomorrow },
      leader,
    );
    expect(paused.data.pauseActivity).toEqual({ status: 'PAUSED', pausedReason: 'Summer break', resumesOn: tomorrow });
    expect(await searchIds({ text: 'Paused walk', assuredOnly: false })).not.toContain(id);

    const job = t.app.get(ListingResumeJob);
    expect(await job.run()).toBe(0); // not yet
    clock.travelDays(1);
    expect(await job.run()).toBe(1);
    expect(await activity(id)).toMatchObject({ status: 'ACTIVE', pausedReason: null, resumesOn: null });
    expect(await searchIds({ text: 'Paused walk', assuredOnly: false })).toContain(id);
  });

  it('closes and reopens a listing, and copies one as a paused draft', async () => {
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Craft circle' });
    expect((await t.gql('mutation($id: ID!) { closeActivity(id: $id) { status } }', { id }, leader)).data.closeActivity.status).toBe('CLOSED');
    const pauseClosed = await t.gql('mutation($id: ID!) { pauseActivity(id: $id, input: { reason: "Break" }) { id } }', { id }, leader);
    expect(pauseClosed.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql('mutation($id: ID!) { resumeActivity(id: $id) { status } }', { id }, leader)).data.resumeActivity.status).toBe('ACTIVE');
    const copy = (await t.gql('mutation($id: ID!) { duplicateActivity(id: $id) { id title status pausedReason } }', { id }, leader)).data.duplicateActivity;
    expect(copy).toMatchObject({ title: 'Craft circle (copy)', status: 'PAUSED', pausedReason: 'A new copy, not yet published' });
    expect(copy.id).not.toBe(id);
    expect(await searchIds({ text: 'Craft circle', assuredOnly: false })).toEqual([id]);
  });

  it('sets capacity in one step: full leaves default search, and spaces bring it back', async () => {
    const id = await createActivity(t, leader, {
      organisationId: orgId,
      title: 'Singing group',
      capacity: { placesPerSession: 20, spacesAvailable: 4, waitingList: null },
    });
    const set = async (state: string) =>
      (
        await t.gql(
          'mutation($id: ID!, $s: CapacityState!) { setActivityAvailability(id: $id, state: $s) { capacity { spacesAvailable waitingList state } } }',
          { id, s: state },
          leader,
        )
      ).data.setActivityAvailability.capacity;
    expect(await set('FULL')).toEqual({ spacesAvailable: 0, waitingList: null, state: 'FULL' });
    expect(await searchIds({ text: 'Singing group' })).not.toContain(id);
    expect(await searchIds({ text: 'Singing group', includeFull: true })).toContain(id);
    expect(await set('WAITING_LIST')).toEqual({ spacesAvailable: 0, waitingList: 0, state: 'WAITING_LIST' });
    expect(await set('SPACES_AVAILABLE')).toEqual({ spacesAvailable: null, waitingList: 0, state: 'SPACES_AVAILABLE' });
    expect(await searchIds({ text: 'Singing group' })).toContain(id);
  });

  it('confirms every open listing of an organisation at once', async () => {
    const other = await createOrganisation(t, leader, 'Second Group');
    const a = await createActivity(t, leader, { organisationId: other, title: 'One' });
    const b = await createActivity(t, leader, { organisationId: other, title: 'Two' });
    await t.gql('mutation($id: ID!) { closeActivity(id: $id) { id } }', { id: b }, leader);
    await t.dataSource.query(`UPDATE activities SET last_verified_at = now() - interval '300 days' WHERE organisation_id = $1`, [other]);
    const res = await t.gql('mutation($o: ID!) { confirmOrganisationListingsUpToDate(organisationId: $o) }', { o: other }, leader);
    expect(res.data.confirmOrganisationListingsUpToDate).toBe(1);
    expect(Date.now() - Date.parse((await activity(a)).lastVerifiedAt)).toBeLessThan(60_000);
    expect(Date.now() - Date.parse((await activity(b)).lastVerifiedAt)).toBeGreaterThan(200 * 86_400_000);
  });

  it('keeps fortnightly, monthly and term-time schedules, searches on them and publishes them in Open Referral', async () => {
    const slots = [
      { day: 'TUESDAY', startTime: '10:00', endTime: '12:00', recurrence: 'MONTHLY', weekOfMonth: 1 },
      { day: 'FRIDAY', startTime: '18:00', endTime: '20:00', recurrence: 'FORTNIGHTLY', firstDate: '2026-01-09' },
    ];
    const wrong = await t.gql(
      'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
      {
        i: {
          organisationId: orgId,
          title: 'Wrong dates',
          description: 'x',
          needs: ['loneliness'],
          deliveryMode: 'ONLINE',
          free: true,
          schedule: [
            { day: 'FRIDAY', startTime: '18:00', endTime: '20:00', recurrence: 'FORTNIGHTLY', firstDate: '2026-01-08' },
            { day: 'MONDAY', startTime: '18:00', endTime: '20:00', recurrence: 'MONTHLY' },
          ],
        },
      },
      leader,
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual(['schedule.0.firstDate', 'schedule.1.weekOfMonth']);
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Monthly supper club', schedule: slots, termTimeOnly: true });
    const read = await t.gql('query($id: ID!) { activity(id: $id) { termTimeOnly schedule { day recurrence firstDate weekOfMonth } } }', { id }, leader);
    expect(read.data.activity).toEqual({
      termTimeOnly: true,
      schedule: [
        { day: 'TUESDAY', recurrence: 'MONTHLY', firstDate: null, weekOfMonth: 1 },
        { day: 'FRIDAY', recurrence: 'FORTNIGHTLY', firstDate: '2026-01-09', weekOfMonth: null },
      ],
    });
    expect(await searchIds({ text: 'Monthly supper club', assuredOnly: false })).toEqual([id]);
    expect(await searchIds({ text: 'Monthly supper club', assuredOnly: false, weeklyOnly: true })).toEqual([]);
    expect(await searchIds({ text: 'Monthly supper club', assuredOnly: false, schoolHolidaysToo: true })).toEqual([]);

    const published = await (await import('supertest')).default(t.app.getHttpServer()).get(`/openreferral/v3/services/${id}`);
    expect(published.body.schedules).toEqual([
      expect.objectContaining({ freq: 'MONTHLY', byday: '1TU', opens_at: '10:00', description: 'School term time only' }),
      expect.objectContaining({ freq: 'WEEKLY', byday: 'FR', interval: 2, dtstart: '2026-01-09' }),
    ]);
  });

  it('edits a venue (search shows the new place) and archives it only once no open listing is held there', async () => {
    const hall = await createVenue(t, leader, orgId, 'M1 1AE');
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Hall bingo', deliveryMode: 'IN_PERSON', venueId: hall });
    const edited = await t.gql(
      'mutation($id: ID!, $i: UpdateVenueInput!) { updateVenue(id: $id, input: $i) { name town postcode archived } }',
      { id: hall, i: { name: 'Bolton hall', addressLine1: '2 Bridge Street', town: 'Bolton', postcode: 'bl1 1aa', accessibility: ['step_free'] } },
      leader,
    );
    expect(edited.data.updateVenue).toEqual({ name: 'Bolton hall', town: 'Bolton', postcode: 'BL1 1AA', archived: false });
    await t.flushSearch();
    const near = await t.gql(
      '{ searchActivities(input: { text: "Hall bingo", assuredOnly: false, near: { postcode: "BL1 1AA", radiusKm: 2 }, includeRemote: false }) { hits { activity { id venue { town } } } } }',
      {},
      linkWorker,
    );
    expect(near.data.searchActivities.hits).toEqual([{ activity: { id, venue: { town: 'Bolton' } } }]);

    const refused = await t.gql('mutation($id: ID!) { archiveVenue(id: $id) { id } }', { id: hall }, leader);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('Hall bingo') });
    await t.gql('mutation($id: ID!) { closeActivity(id: $id) { id } }', { id }, leader);
    expect((await t.gql('mutation($id: ID!) { archiveVenue(id: $id) { archived } }', { id: hall }, leader)).data.archiveVenue.archived).toBe(true);
    const venues = await t.gql('query($o: ID!) { organisation(id: $o) { venues { id } all: venues(includeArchived: true) { id } } }', { o: orgId }, leader);
    expect(venues.data.organisation.venues.map((v: { id: string }) => v.id)).not.toContain(hall);
    expect(venues.data.organisation.all.map((v: { id: string }) => v.id)).toContain(hall);
    const reopened = await t.gql('mutation($id: ID!) { resumeActivity(id: $id) { id } }', { id }, leader);
    expect(reopened.errors?.[0].extensions?.fields).toEqual(['venueId']);
  });

  it('declines a referral with a reason from the list, and filters the inbox by activity', async () => {
    const a = await createActivity(t, leader, { organisationId: orgId, title: 'Chess club' });
    const b = await createActivity(t, leader, { organisationId: orgId, title: 'Book club' });
    const record = async (activityId: string) =>
      (await t.gql('mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness"] }) { id } }', { a: activityId }, linkWorker)).data
        .recordConnection.id;
    const toA = await record(a);
    await record(b);
    const inbox = await t.gql('query($o: ID!, $a: ID) { organisationConnections(organisationId: $o, activityId: $a) { id } }', { o: orgId, a }, leader);
    expect(inbox.data.organisationConnections).toEqual([{ id: toA }]);
    const noReason = await t.gql('mutation($c: ID!) { updateConnectionOutcome(id: $c, outcome: DECLINED) { id } }', { c: toA }, leader);
    expect(noReason.errors?.[0].extensions?.fields).toEqual(['declineReason']);
    const declined = await t.gql(
      'mutation($c: ID!) { updateConnectionOutcome(id: $c, outcome: DECLINED, declineReason: TOO_FAR) { outcome declineReason } }',
      { c: toA },
      leader,
    );
    expect(declined.data.updateConnectionOutcome).toEqual({ outcome: 'DECLINED', declineReason: 'TOO_FAR' });
    const seen = await t.gql('{ myConnections { id declineReason } }', {}, linkWorker);
    expect(seen.data.myConnections).toContainEqual({ id: toA, declineReason: 'TOO_FAR' });
  });

  it('refuses an attendance return above places × sessions unless confirmed, and reads returns back', async () => {
    const id = await createActivity(t, leader, {
      organisationId: orgId,
      title: 'Weekly walk',
      schedule: [{ day: 'MONDAY', startTime: '10:00', endTime: '11:00' }],
      capacity: { placesPerSession: 10 },
    });
    const file = (input: Record<string, unknown>) =>
      t.gql(
        'mutation($i: AttendanceReturnInput!) { submitAttendanceReturn(input: $i) { month attendances confirmedUnusual } }',
        { i: { activityId: id, ...input } },
        leader,
      );
    // March 2026 has five Mondays: at most 10 × 5 = 50 attendances.
    const impossible = await file({ month: '2026-03', sessionsRun: 5, attendances: 80, newParticipants: 3 });
    expect(impossible.errors?.[0].extensions?.problems).toEqual([
      { field: 'attendances', message: 'is more than 10 places × 5 sessions = 50. Check it, or confirm the figures are right' },
    ]);
    const tooManySessions = await file({ month: '2026-03', sessionsRun: 9, attendances: 40, newParticipants: 3 });
    expect(tooManySessions.errors?.[0].extensions?.fields).toEqual(['sessionsRun']);
    expect((await file({ month: '2026-03', sessionsRun: 5, attendances: 48, newParticipants: 3 })).data.submitAttendanceReturn.confirmedUnusual).toBe(false);
    const confirmed = await file({ month: '2026-02', sessionsRun: 4, attendances: 55, newParticipants: 3, confirmUnusual: true });
    expect(confirmed.data.submitAttendanceReturn).toEqual({ month: '2026-02', attendances: 55, confirmedUnusual: true });
    const back = await t.gql(
      'query($o: ID!, $a: ID) { attendanceReturns(organisationId: $o, activityId: $a) { month attendances } }',
      { o: orgId, a: id },
      leader,
    );
    expect(back.data.attendanceReturns).toEqual([
      { month: '2026-03', attendances: 48 },
      { month: '2026-02', attendances: 55 },
    ]);
    await t.gql(
      'mutation($o: ID!) { submitSustainabilityReturn(input: { organisationId: $o, period: "2026-Q1", fundingSources: [{ source: "Lottery", kind: GRANT, annualAmountPence: 500000 }], volunteers: 6, paidStaffFte: 0.5, monthlyCostsPence: 40000, reservesMonths: 4 }) { id } }',
      { o: orgId },
      leader,
    );
    const sustainability = await t.gql(
      'query($o: ID!) { sustainabilityReturns(organisationId: $o) { period volunteers fundingSources { source } } }',
      { o: orgId },
      leader,
    );
    expect(sustainability.data.sustainabilityReturns).toEqual([{ period: '2026-Q1', volunteers: 6, fundingSources: [{ source: 'Lottery' }] }]);
  });

  it("sums up what needs doing on the leader's organisations page, in one query within the cost limit", async () => {
    const group = await createOrganisation(t, leader, 'Summary Group');
    await createActivity(t, leader, { organisationId: group, title: 'Old listing' });
    const waiting = await createActivity(t, leader, { organisationId: group, title: 'Popular listing' });
    await t.dataSource.query(`UPDATE activities SET last_verified_at = now() - interval '300 days' WHERE title = 'Old listing'`);
    await t.gql('mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness"] }) { id } }', { a: waiting }, linkWorker);
    const res = await t.gql(
      `{ me { organisations { id name assuranceStatus
          workspace { waitingReferrals activeListings pausedListings listingsToConfirm evidenceExpiringSoon nextSteps }
          venues { id name accessibility { label } }
          activities { id title status lastVerifiedAt capacity { state } needs { label } accessibility { label } schedule { day startTime endTime recurrence } venue { name } } } } }`,
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    const summary = res.data.me.organisations.find((o: { name: string }) => o.name === 'Summary Group');
    expect(summary.workspace).toEqual({
      waitingReferrals: 1,
      activeListings: 2,
      pausedListings: 0,
      listingsToConfirm: 1,
      evidenceExpiringSoon: 0,
      nextSteps: [
        'Answer 1 referral waiting for a reply',
        'Start your quality assurance so link workers can refer people to you',
        'Confirm 1 listing that is due for a check',
      ],
    });
  });
});

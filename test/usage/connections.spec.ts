import { startTestApp, TestApp } from '../support/test-app';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';

const CONNECTION = 'id outcome outcomeAt createdAt needs { code } activity { id title capacity { spacesAvailable state } }';

describe('connections (referrals) between link workers and groups', () => {
  let t: TestApp;
  let linkWorker: string;
  let otherLinkWorker: string;
  let leader: string;
  let otherLeader: string;
  let orgId: string;
  let activityId: string;
  let closedActivityId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const admin = await t.login('admin@demo.test');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER'); // the demo link worker already has demo referrals
    otherLinkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    otherLeader = await t.login('leader@demo.test');
    orgId = await createOrganisation(t, leader, 'Levenshulme Lunch Club');
    activityId = await createActivity(t, leader, {
      organisationId: orgId,
      title: 'Lunch club phone line',
      deliveryMode: 'PHONE',
      capacity: { placesPerSession: 10, spacesAvailable: 4 },
    });
    closedActivityId = await createActivity(t, leader, { organisationId: orgId, title: 'Old group', status: 'CLOSED' });
  });
  afterAll(() => t?.close());

  const record = (input: Record<string, unknown>, token = linkWorker) =>
    t.gql(
      `mutation($i: RecordConnectionInput!) { recordConnection(input: $i) { ${CONNECTION} } }`,
      { i: { activityId, needs: ['loneliness'], ...input } },
      token,
    );
  const setOutcome = (id: string, outcome: string, token: string, declineReason = outcome === 'DECLINED' ? 'TOO_FAR' : null) =>
    t.gql(
      `mutation($id: ID!, $o: ConnectionOutcome!, $r: DeclineReason) { updateConnectionOutcome(id: $id, outcome: $o, declineReason: $r) { ${CONNECTION} } }`,
      { id, o: outcome, r: declineReason },
      token,
    );

  it('runs the referral loop: recorded, accepted by the group, attendance recorded', async () => {
    const created = await record({ personReference: 'LW-0042', needs: ['loneliness', 'food'] });
    expect(created.errors).toBeUndefined();
    const connection = created.data.recordConnection;
    expect(connection).toMatchObject({ outcome: 'PENDING', outcomeAt: null, needs: [{ code: 'loneliness' }, { code: 'food' }], activity: { id: activityId } });

    const inbox = await t.gql(`query($o: ID!) { organisationConnections(organisationId: $o) { ${CONNECTION} } }`, { o: orgId }, leader);
    expect(inbox.data.organisationConnections.map((c: { id: string }) => c.id)).toEqual([connection.id]);

    const accepted = await setOutcome(connection.id, 'ACCEPTED', leader);
    expect(accepted.data.updateConnectionOutcome.outcome).toBe('ACCEPTED');
    expect(Date.now() - Date.parse(accepted.data.updateConnectionOutcome.outcomeAt)).toBeLessThan(10_000);
    const attended = await setOutcome(connection.id, 'ATTENDED', linkWorker);
    expect(attended.data.updateConnectionOutcome.outcome).toBe('ATTENDED');

    const history = await t.dataSource.query('SELECT outcome FROM connection_outcome_events WHERE connection_id = $1 ORDER BY id', [connection.id]);
    expect(history.map((h: { outcome: string }) => h.outcome)).toEqual(['PENDING', 'ACCEPTED', 'ATTENDED']);
  });

  it('stores only a keyed hash of the person reference, the same for repeat connections', async () => {
    await record({ personReference: 'lw-0042' });
    const rows = await t.dataSource.query(`SELECT person_ref_hash FROM connections WHERE person_ref_hash IS NOT NULL AND organisation_id = $1`, [orgId]);
    expect(rows).toHaveLength(2);
    expect(rows[0].person_ref_hash).toBe(rows[1].person_ref_hash);
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM connections WHERE organisation_id = $1', [orgId]));
    expect(dump).not.toMatch(/0042/);
  });

  it('refuses NHS numbers, emails and free text as person references, and closed activities', async () => {
    for (const [reference, pattern] of [
      ['943 476 5919', /NHS number/],
      ['9434765919', /NHS number/],
      ['jo.bloggs@example.org', /email/],
      ['Mrs Smith from Gorton', /no names or notes/],
    ] as const) {
      const res = await record({ personReference: reference });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['personReference'] });
      expect(res.errors?.[0].message).toMatch(pattern);
    }
    const closed = await record({ activityId: closedActivityId });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['activityId'] });
    expect((await record({ needs: ['unicorns'] })).errors?.[0].extensions?.fields).toEqual(['needs']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM connections WHERE organisation_id = $1', [orgId]);
    expect(n).toBe(2); // nothing half-written by the refusals
  });

  it.each([
    ['943.476.5919', /NHS number/],
    ['943_476_5919', /NHS number/],
    ['07700900123', /phone number/],
    ['AB123456C', /National Insurance/],
    ['12-03-1948', /date/],
    ['19480312', /date/],
    ['JaneSmith', /digit/],
    ['JaneSmith1948', /date|name/],
  ])('refuses %s as a person reference, saying why', async (reference, pattern) => {
    const res = await record({ personReference: reference });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['personReference'] });
    expect(res.errors?.[0].message).toMatch(pattern);
  });

  it('moves a referral only along the allowed outcomes', async () => {
    const declined = (await record({})).data.recordConnection.id;
    expect((await setOutcome(declined, 'DECLINED', leader)).errors).toBeUndefined();
    for (const outcome of ['ACCEPTED', 'ATTENDED', 'GROUP_FULL'])
      expect((await setOutcome(declined, outcome, leader)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const accepted = (await record({})).data.recordConnection.id;
    expect((await setOutcome(accepted, 'ACCEPTED', leader)).errors).toBeUndefined();
    expect((await setOutcome(accepted, 'DECLINED', leader)).errors?.[0].message).toMatch(/accepted referral can only become attended or did not attend/);
    expect((await setOutcome(accepted, 'DID_NOT_ATTEND', linkWorker)).errors).toBeUndefined();
    expect((await setOutcome(accepted, 'ATTENDED', leader)).errors).toBeUndefined(); // a correction
    const outcomes = await t.dataSource.query('SELECT outcome FROM connection_outcome_events WHERE connection_id = $1 ORDER BY id', [accepted]);
    expect(outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['PENDING', 'ACCEPTED', 'DID_NOT_ATTEND', 'ATTENDED']);
  });

  it("refuses a leader answering another organisation's referral, and link workers answering for a group", async () => {
    const { data } = await record({});
    const id = data.recordConnection.id;
    expect((await setOutcome(id, 'ACCEPTED', otherLeader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setOutcome(id, 'ACCEPTED', linkWorker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setOutcome(id, 'ATTENDED', otherLinkWorker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setOutcome(id, 'ATTENDED', linkWorker)).errors?.[0].extensions?.code).toBe('CONFLICT'); // not yet accepted
    expect((await setOutcome(id, 'PENDING', leader)).errors?.[0].extensions?.fields).toEqual(['outcome']);
  });

  it('shows link workers only their own connections, and leaders only their own inbox', async () => {
    await record({}, otherLinkWorker);
    const mine = await t.gql('{ myConnections { id } }', {}, linkWorker);
    const theirs = await t.gql('{ myConnections { id } }', {}, otherLinkWorker);
    expect(mine.data.myConnections).toHaveLength(5);
    expect(theirs.data.myConnections).toHaveLength(1);
    expect(mine.data.myConnections.map((c: { id: string }) => c.id)).not.toContain(theirs.data.myConnections[0].id);
    expect((await t.gql('query($o: ID!) { organisationConnections(organisationId: $o) { id } }', { o: orgId }, linkWorker)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('query($o: ID!) { organisationConnections(organisationId: $o) { id } }', { o: orgId }, otherLeader)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('{ myConnections { id } }', {}, leader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql('{ myConnections { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('GROUP_FULL sets spaces to 0, and search follows through the outbox', async () => {
    const { data } = await record({});
    const full = await setOutcome(data.recordConnection.id, 'GROUP_FULL', leader);
    expect(full.data.updateConnectionOutcome.activity.capacity).toEqual({ spacesAvailable: 0, state: 'FULL' });
    await t.flushSearch();
    const res = await t.gql('{ searchActivities(input: { text: "lunch club phone", assuredOnly: false }) { hits { activity { id } } } }');
    expect(res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id)).not.toContain(activityId);
  });
});

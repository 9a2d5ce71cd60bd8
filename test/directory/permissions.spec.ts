import { createActivity, createOrganisation, createVenue, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

type Caller = 'anonymous' | 'LINK_WORKER' | 'member VCSE_LEADER' | 'other VCSE_LEADER' | 'ASSURER' | 'COMMISSIONER' | 'ADMIN';
const CALLERS: Caller[] = ['anonymous', 'LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN'];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Who may change an organisation's own things: its leaders and admins. */
const MANAGE: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  LINK_WORKER: 'FORBIDDEN',
  'member VCSE_LEADER': 'OK',
  'other VCSE_LEADER': 'FORBIDDEN',
  ASSURER: 'FORBIDDEN',
  COMMISSIONER: 'FORBIDDEN',
  ADMIN: 'OK',
};

describe('permission matrix: every mutation × every role, plus anonymous', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string | undefined>;
  let orgId: string;
  let activityId: string;
  let venueId: string;
  let spareVenueId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    const admin = await t.login('root@example.test', 'root-password-123');
    tokens.ADMIN = admin;
    tokens.anonymous = undefined;
    tokens['member VCSE_LEADER'] = await userWithRole(t, admin, 'VCSE_LEADER');
    orgId = await createOrganisation(t, tokens['member VCSE_LEADER']);
    activityId = await createActivity(t, tokens['member VCSE_LEADER'], { organisationId: orgId, title: 'Original title' });
    venueId = await createVenue(t, tokens['member VCSE_LEADER'], orgId);
    spareVenueId = await createVenue(t, tokens['member VCSE_LEADER'], orgId, 'BL1 1AA');
    tokens['other VCSE_LEADER'] = await userWithRole(t, admin, 'VCSE_LEADER');
    for (const role of ['LINK_WORKER', 'ASSURER', 'COMMISSIONER'] as const) tokens[role] = await userWithRole(t, admin, role);
  });
  afterAll(() => t?.close());

  const mutations: { name: string; expected: Record<Caller, Outcome>; run: (token?: string) => Promise<{ errors?: { extensions?: { code?: string } }[] }> }[] =
    [
      {
        name: 'createUser',
        expected: { ...Object.fromEntries(CALLERS.map((c) => [c, 'FORBIDDEN'])), anonymous: 'UNAUTHENTICATED', ADMIN: 'OK' } as Record<Caller, Outcome>,
        run: (token) =>
          t.gql(
            'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
            { input: { email: `u${Math.random()}@example.test`, password: 'long-enough-password', role: 'LINK_WORKER' } },
            token,
          ),
      },
      {
        name: 'createOrganisation',
        expected: { ...MANAGE, 'other VCSE_LEADER': 'OK' },
        run: (token) => t.gql('mutation { createOrganisation(input: { name: "New group", description: "x" }) { id } }', {}, token),
      },
      {
        name: 'updateOrganisation',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { updateOrganisation(id: $id, input: { description: "changed" }) { id } }', { id: orgId }, token),
      },
      {
        name: 'createVenue',
        expected: MANAGE,
        run: (token) =>
          t.gql(
            'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
            { input: { organisationId: orgId, name: 'Hall', addressLine1: '1 Road', town: 'Bolton', postcode: 'BL1 1AA' } },
            token,
          ),
      },
      {
        name: 'createActivity',
        expected: MANAGE,
        run: (token) =>
          t.gql(
            'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
            { input: { organisationId: orgId, title: 'Phone chat', description: 'x', needs: ['loneliness'], deliveryMode: 'PHONE', free: true } },
            token,
          ),
      },
      {
        name: 'updateActivity',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { updateActivity(id: $id, input: { description: "changed" }) { id } }', { id: activityId }, token),
      },
      {
        name: 'confirmActivityUpToDate',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { confirmActivityUpToDate(id: $id) { id } }', { id: activityId }, token),
      },
      {
        name: 'confirmOrganisationListingsUpToDate',
        expected: MANAGE,
        run: (token) => t.gql('mutation($o: ID!) { confirmOrganisationListingsUpToDate(organisationId: $o) }', { o: orgId }, token),
      },
      {
        name: 'setActivityAvailability',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { setActivityAvailability(id: $id, state: WAITING_LIST) { id } }', { id: activityId }, token),
      },
      {
        name: 'pauseActivity',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { pauseActivity(id: $id, input: { reason: "Summer break" }) { id } }', { id: activityId }, token),
      },
      {
        name: 'closeActivity',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { closeActivity(id: $id) { id } }', { id: activityId }, token),
      },
      {
        name: 'resumeActivity',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { resumeActivity(id: $id) { id } }', { id: activityId }, token),
      },
      {
        name: 'duplicateActivity',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { duplicateActivity(id: $id) { id } }', { id: activityId }, token),
      },
      {
        name: 'updateVenue',
        expected: MANAGE,
        run: (token) =>
          t.gql(
            'mutation($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, input: $input) { id } }',
            { id: venueId, input: { name: 'Renamed hall', addressLine1: '1 Road', town: 'Manchester', postcode: 'M1 1AE' } },
            token,
          ),
      },
      {
        name: 'archiveVenue',
        expected: MANAGE,
        run: (token) => t.gql('mutation($id: ID!) { archiveVenue(id: $id) { id } }', { id: spareVenueId }, token),
      },
      {
        name: 'organisations (the list, for staff)',
        expected: {
          anonymous: 'UNAUTHENTICATED',
          LINK_WORKER: 'FORBIDDEN',
          'member VCSE_LEADER': 'FORBIDDEN',
          'other VCSE_LEADER': 'FORBIDDEN',
          ASSURER: 'OK',
          COMMISSIONER: 'OK',
          ADMIN: 'OK',
        },
        run: (token) => t.gql('{ organisations { id name } }', {}, token),
      },
    ];

  for (const mutation of mutations) {
    for (const caller of CALLERS) {
      it(`${mutation.name} by ${caller}: ${mutation.expected[caller]}`, async () => {
        const res = await mutation.run(tokens[caller]);
        if (mutation.expected[caller] === 'OK') expect(res.errors).toBeUndefined();
        else expect(res.errors?.[0].extensions?.code).toBe(mutation.expected[caller]);
      });
    }
  }

  it('lets every caller read the public directory and taxonomies', async () => {
    for (const caller of CALLERS) {
      const res = await t.gql(
        'query($id: ID!, $o: ID!) { activity(id: $id) { id } organisation(id: $o) { id } taxonomy(kind: NEED) { code } siteSettings { mapTileUrl } searchActivities(input: { assuredOnly: false }) { total } }',
        { id: activityId, o: orgId },
        tokens[caller],
      );
      expect(res.errors).toBeUndefined();
    }
  });

  it('leaves nothing behind from refused writes', async () => {
    const [row] = await t.dataSource.query('SELECT title FROM activities WHERE id = $1', [activityId]);
    expect(row.title).toBe('Original title');
    const venues = await t.dataSource.query('SELECT count(*)::int AS n FROM venues WHERE organisation_id = $1', [orgId]);
    expect(venues[0].n).toBe(4); // the two made at the start, the member leader's and the admin's
  });
});

import { ACTIVITY_FIELDS, createActivity, createOrganisation, ORGANISATION_FIELDS, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('directory over GraphQL', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.login('admin@demo.test');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
  });
  afterAll(() => t?.close());

  it('logs in with the demo password and tells who is signed in', async () => {
    const token = await t.login('leader@demo.test');
    const me = await t.gql('{ me { email role organisations { name } } }', {}, token);
    expect(me.data.me.email).toBe('leader@demo.test');
    expect(me.data.me.role).toBe('VCSE_LEADER');
    expect(me.data.me.organisations.map((o: { name: string }) => o.name).sort()).toEqual(['Ancoats Community Kitchen', 'Bolton Men’s Shed']);
    expect((await t.gql('{ me { id } }')).data.me).toBeNull();
  });

  it('refuses a wrong password or unknown email alike', async () => {
    for (const [email, password] of [
      ['leader@demo.test', 'wrong-password'],
      ['nobody@demo.test', 'demo-password'],
    ]) {
      const res = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('Email or password is incorrect');
    }
  });

  it('refuses a bad or expired token with UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }', {}, 'not-a-token');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a leader create an organisation, a venue and activities, and change them', async () => {
    const orgId = await createOrganisation(t, leader, 'Levenshulme Knit and Natter');
    const me = await t.gql('{ me { organisations { id } } }', {}, leader);
    expect(me.data.me.organisations.map((o: { id: string }) => o.id)).toContain(orgId);

    const venue = await t.gql(
      'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id postcode latitude longitude accessibility { code label } } }',
      {
        input: {
          organisationId: orgId,
          name: 'Library',
          addressLine1: '1 Stockport Road',
          town: 'Manchester',
          postcode: 'm192ab',
          accessibility: ['wheelchair'],
        },
      },
      leader,
    );
    expect(venue.data.createVenue.postcode).toBe('M19 2AB');
    expect(venue.data.createVenue.latitude).toBeCloseTo(53.44, 1);
    expect(venue.data.createVenue.accessibility).toEqual([{ code: 'wheelchair', label: 'Wheelchair access' }]);

    const created = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY_FIELDS} } }`,
      {
        input: {
          organisationId: orgId,
          venueId: venue.data.createVenue.id,
          title: 'Knit and natter',
          description: 'Bring your knitting, or learn',
          needs: ['loneliness', 'arts_and_creativity'],
          category: 'arts_and_creativity',
          accessibility: ['quiet_space'],
          deliveryMode: 'IN_PERSON',
          schedule: [
            { day: 'THURSDAY', startTime: '14:00', endTime: '16:00' },
            { day: 'MONDAY', startTime: '10:00', endTime: '11:00' },
          ],
          free: false,
          costDescription: '£1 for tea',
          minimumAge: 16,
          capacity: { placesPerSession: 12, spacesAvailable: 0, waitingList: 3 },
        },
      },
      leader,
    );
    expect(created.errors).toBeUndefined();
    const a = created.data.createActivity;
    expect(a).toMatchObject({
      title: 'Knit and natter',
      status: 'ACTIVE',
      languages: ['en'],
      selfReferral: true,
      needs: [
        { code: 'loneliness', label: 'Loneliness and isolation' },
        { code: 'arts_and_creativity', label: 'Arts and creativity' },
      ],
      category: { code: 'arts_and_creativity' },
      capacity: { placesPerSession: 12, spacesAvailable: 0, waitingList: 3, state: 'WAITING_LIST' },
      organisation: { id: orgId, name: 'Levenshulme Knit and Natter' },
    });
    // The activity's own features together with its venue's; schedule in week order.
    expect(a.accessibility.map((x: { code: string }) => x.code)).toEqual(['quiet_space', 'wheelchair']);
    expect(a.schedule.map((s: { day: string }) => s.day)).toEqual(['MONDAY', 'THURSDAY']);

    const updated = await t.gql(
      `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { ${ACTIVITY_FIELDS} } }`,
      { id: a.id, input: { capacity: { placesPerSession: 12, spacesAvailable: 4 }, status: 'PAUSED', title: 'Knit & natter' } },
      leader,
    );
    expect(updated.data.updateActivity).toMatchObject({
      title: 'Knit & natter',
      status: 'PAUSED',
      capacity: { spacesAvailable: 4, waitingList: null, state: 'SPACES_AVAILABLE' },
    });
    expect(updated.data.updateActivity.description).toBe('Bring your knitting, or learn');

    const confirmed = await t.gql('mutation($id: ID!) { confirmActivityUpToDate(id: $id) { lastVerifiedAt } }', { id: a.id }, leader);
    expect(Date.now() - Date.parse(confirmed.data.confirmActivityUpToDate.lastVerifiedAt)).toBeLessThan(10_000);

    const org = await t.gql(
      `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${ORGANISATION_FIELDS} } }`,
      { id: orgId, input: { website: 'https://knit.example.org', charityNumber: '1234567', phone: '0161 496 0000' } },
      leader,
    );
    expect(org.data.updateOrganisation).toMatchObject({ website: 'https://knit.example.org', charityNumber: '1234567', assuranceStatus: 'NOT_ASSESSED' });
  });

  it('shows anonymous callers only ACTIVE activities and their organisations', async () => {
    const orgId = await createOrganisation(t, leader, 'Quiet Group');
    const paused = await createActivity(t, leader, { organisationId: orgId, status: 'PAUSED' });
    const anonymousOrg = await t.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: orgId });
    expect(anonymousOrg.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(`query($id: ID!) { activity(id: $id) { id } }`, { id: paused })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const active = await createActivity(t, leader, { organisationId: orgId, title: 'Open coffee morning' });
    const org = await t.gql(`query($id: ID!) { organisation(id: $id) { name activities { id status } } }`, { id: orgId });
    expect(org.data.organisation.activities).toEqual([{ id: active, status: 'ACTIVE' }]);
    const signedIn = await t.gql(`query($id: ID!) { organisation(id: $id) { activities { id } } }`, { id: orgId }, await t.login('linkworker@demo.test'));
    expect(signedIn.data.organisation.activities.map((x: { id: string }) => x.id).sort()).toEqual([active, paused].sort());
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.gql('query($id: ID!) { activity(id: $id) { id } }', { id: unknown })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql('query($id: ID!) { organisation(id: $id) { id } }', { id: unknown }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql('query($id: ID!) { activity(id: $id) { id } }', { id: 'abc' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
    const update = await t.gql('mutation($id: ID!) { confirmActivityUpToDate(id: $id) { id } }', { id: unknown }, admin);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists each taxonomy with stable codes', async () => {
    const res = await t.gql('{ needs: taxonomy(kind: NEED) { code } access: taxonomy(kind: ACCESSIBILITY) { code } cats: taxonomy(kind: CATEGORY) { code } }');
    expect(res.data.needs.map((x: { code: string }) => x.code)).toContain('loneliness');
    expect(res.data.access.map((x: { code: string }) => x.code)).toContain('wheelchair');
    expect(res.data.cats.map((x: { code: string }) => x.code)).toContain('advice_and_guidance');
  });

  it('lets an admin create users, refusing a duplicate email with CONFLICT', async () => {
    const input = { email: 'New.Worker@Example.test', password: 'long-enough-password', role: 'LINK_WORKER' };
    const first = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { email role organisations { id } } }', { input }, admin);
    expect(first.data.createUser).toEqual({ email: 'new.worker@example.test', role: 'LINK_WORKER', organisations: [] });
    const again = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badOrg = await t.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { ...input, email: 'x@example.test', organisationIds: ['00000000-0000-4000-8000-000000000000'] } },
      admin,
    );
    expect(badOrg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['organisationIds'] });
  });
});

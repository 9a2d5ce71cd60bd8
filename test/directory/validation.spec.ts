import request from 'supertest';
import { createOrganisation, createVenue } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('validation and hardening', () => {
  let t: TestApp;
  let leader: string;
  let orgId: string;
  let venueId: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    leader = await t.login('leader@demo.test');
    orgId = await createOrganisation(t, leader, 'Validation Group');
    venueId = await createVenue(t, leader, orgId);
  });
  afterAll(() => t?.close());

  // Ids exist only once beforeAll has run, so cases name them with placeholders.
  const activity = (overrides: Record<string, unknown>) => ({
    organisationId: 'ORG',
    venueId: 'VENUE',
    title: 'A fine activity',
    description: 'Described',
    needs: ['loneliness'],
    deliveryMode: 'IN_PERSON',
    free: true,
    ...overrides,
  });

  const cases: [string, string, Record<string, unknown>, string][] = [
    ['organisation name too short', 'createOrganisation(input: $input) { id }', { name: 'x', description: 'ok' }, 'name'],
    ['organisation website not a URL', 'createOrganisation(input: $input) { id }', { name: 'Group', description: 'ok', website: 'not a url' }, 'website'],
    ['organisation email', 'createOrganisation(input: $input) { id }', { name: 'Group', description: 'ok', email: 'nope' }, 'email'],
    ['charity number', 'createOrganisation(input: $input) { id }', { name: 'Group', description: 'ok', charityNumber: '12' }, 'charityNumber'],
    ['company number', 'createOrganisation(input: $input) { id }', { name: 'Group', description: 'ok', companyNumber: 'ABC' }, 'companyNumber'],
    [
      'venue postcode',
      'createVenue(input: $input) { id }',
      { organisationId: 'ORG', name: 'Hall', addressLine1: '1 Road', town: 'Town', postcode: 'NOT A CODE' },
      'postcode',
    ],
    [
      'venue unknown postcode area',
      'createVenue(input: $input) { id }',
      { organisationId: 'ORG', name: 'Hall', addressLine1: '1 Road', town: 'Town', postcode: 'ZZ9 9ZZ' },
      'postcode',
    ],
    [
      'venue unknown accessibility code',
      'createVenue(input: $input) { id }',
      { organisationId: 'ORG', name: 'Hall', addressLine1: '1 Road', town: 'Town', postcode: 'M1 1AE', accessibility: ['lift'] },
      'accessibility',
    ],
    [
      'time format',
      'createActivity(input: $input) { id }',
      activity({ schedule: [{ day: 'MONDAY', startTime: '9am', endTime: '10:00' }] }),
      'schedule.0.startTime',
    ],
    [
      'end before start',
      'createActivity(input: $input) { id }',
      activity({ schedule: [{ day: 'MONDAY', startTime: '10:00', endTime: '09:00' }] }),
      'schedule.0.endTime',
    ],
    ['age over 120', 'createActivity(input: $input) { id }', activity({ minimumAge: 130 }), 'minimumAge'],
    ['minimum age above maximum', 'createActivity(input: $input) { id }', activity({ minimumAge: 40, maximumAge: 30 }), 'maximumAge'],
    ['negative capacity', 'createActivity(input: $input) { id }', activity({ capacity: { spacesAvailable: -1 } }), 'capacity.spacesAvailable'],
    ['no needs', 'createActivity(input: $input) { id }', activity({ needs: [] }), 'needs'],
    ['unknown need', 'createActivity(input: $input) { id }', activity({ needs: ['time_travel'] }), 'needs'],
    ['unknown category', 'createActivity(input: $input) { id }', activity({ category: 'space_flight' }), 'category'],
    ['in person without venue', 'createActivity(input: $input) { id }', activity({ venueId: undefined }), 'venueId'],
    ['language code', 'createActivity(input: $input) { id }', activity({ languages: ['english'] }), 'languages'],
    ['title too long', 'createActivity(input: $input) { id }', activity({ title: 'x'.repeat(201) }), 'title'],
    ['missing required field', 'createActivity(input: $input) { id }', { ...activity({}), title: undefined }, 'title'],
    ['wrong enum', 'createActivity(input: $input) { id }', activity({ deliveryMode: 'TELEPATHY' }), 'deliveryMode'],
  ];

  it.each(cases)('%s → BAD_USER_INPUT naming %s', async (_name, selection, input, field) => {
    const inputType = selection.startsWith('createOrganisation')
      ? 'CreateOrganisationInput'
      : selection.startsWith('createVenue')
        ? 'CreateVenueInput'
        : 'CreateActivityInput';
    const withIds = JSON.parse(JSON.stringify(input).replace('"ORG"', JSON.stringify(orgId)).replace('"VENUE"', JSON.stringify(venueId)));
    const res = await t.gql(`mutation($input: ${inputType}!) { ${selection} }`, { input: withIds }, leader);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toContain(field);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('applies the same rules to updates, field by field', async () => {
    const res = await t.gql(
      'mutation($id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $i) { id } }',
      { id: orgId, i: { website: 'nope', name: 'x' } },
      leader,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.sort()).toEqual(['name', 'website']);
    const activityRes = await t.gql(
      'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }',
      { id: venueId, i: { minimumAge: -1 } },
      leader,
    );
    expect(activityRes.errors?.[0].extensions?.fields).toEqual(['minimumAge']);
  });

  it('rejects an activity using another organisation’s venue', async () => {
    const otherOrg = await createOrganisation(t, leader, 'Other group');
    const res = await t.gql(
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      { input: { ...activity({ organisationId: otherOrg }), venueId } },
      leader,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['venueId'] });
  });

  it('refuses queries deeper than the limit', async () => {
    const res = await t.gql(
      '{ me { organisations { activities { organisation { activities { organisation { activities { organisation { venues { accessibility { code } } } } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/levels deep; the maximum is 10/);
  });

  it('refuses queries over the cost limit', async () => {
    const res = await t.gql(
      '{ searchActivities(input: { pageSize: 100 }) { hits { activity { organisation { activities { needs { code } accessibility { code } schedule { day } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/Query cost \d+ is over the limit/);
  });

  it('keeps CSRF prevention on: a simple form post is refused', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql?query=%7Bme%7Bid%7D%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('refuses bodies over the size limit without a 500', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
  });

  it('answers malformed GraphQL and JSON with 400, not 500', async () => {
    expect((await t.gql('{ me { ')).status).toBe(400);
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
  });
});

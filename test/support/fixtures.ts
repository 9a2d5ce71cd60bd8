import { TestApp } from './test-app';

/** Creates a user through the admin API and returns a token for them. */
export async function userWithRole(t: TestApp, adminToken: string, role: string, organisationIds: string[] = []): Promise<string> {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const res = await t.gql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, password: 'long-enough-password', role, organisationIds, temporaryPassword: false } },
    adminToken,
  );
  if (!res.data?.createUser) throw new Error(JSON.stringify(res.errors));
  return t.login(email, 'long-enough-password');
}

export const ORGANISATION_FIELDS = 'id name description website email phone charityNumber companyNumber assuranceStatus assuredUntil updatedAt';
export const ACTIVITY_FIELDS = `id title description status deliveryMode free costDescription minimumAge maximumAge languages selfReferral
  lastVerifiedAt updatedAt needs { code label } category { code } accessibility { code }
  schedule { day startTime endTime } capacity { placesPerSession spacesAvailable waitingList state }
  organisation { id name } venue { id postcode latitude longitude accessibility { code } }`;

export async function createOrganisation(t: TestApp, token: string, name = 'Test Group'): Promise<string> {
  const res = await t.gql(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name, description: 'A test group' } },
    token,
  );
  if (!res.data?.createOrganisation) throw new Error(JSON.stringify(res.errors));
  return res.data.createOrganisation.id;
}

/** A venue at its postcode's point, or exactly at `point` when given. */
export async function createVenue(
  t: TestApp,
  token: string,
  organisationId: string,
  postcode = 'M1 1AE',
  accessibility: string[] = [],
  point?: { latitude: number; longitude: number },
): Promise<string> {
  const res = await t.gql(
    'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
    { input: { organisationId, name: 'Hall', addressLine1: '1 High Street', town: 'Manchester', postcode, accessibility, ...point } },
    token,
  );
  if (!res.data?.createVenue) throw new Error(JSON.stringify(res.errors));
  return res.data.createVenue.id;
}

export async function createActivity(t: TestApp, token: string, input: Record<string, unknown>): Promise<string> {
  const res = await t.gql(
    'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    { input: { title: 'Walking group', description: 'A gentle walk', needs: ['physical_activity'], deliveryMode: 'ONLINE', free: true, ...input } },
    token,
  );
  if (!res.data?.createActivity) throw new Error(JSON.stringify(res.errors));
  return res.data.createActivity.id;
}

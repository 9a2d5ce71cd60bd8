import { hashPassword } from '@app/accounts';
import { outcodeCentroid } from '@app/geo';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { createActivity, createOrganisation, createVenue } from '../support/fixtures';
import { TestApp } from '../support/test-app';

export const KM_PER_DEGREE_LATITUDE = (Math.PI / 180) * 6371.0088;
export const M1 = outcodeCentroid('M1')!;

/** Sets an organisation's assurance status directly (the search tests need each status without walking the workflow). */
export async function setAssurance(t: TestApp, organisationId: string, status: string): Promise<void> {
  const transactions: Transactions = t.app.get(Transactions);
  await transactions.withTransaction(async () => {
    await transactions.tx.query('UPDATE organisations SET assurance_status = $2 WHERE id = $1', [organisationId, status]);
    await t.app.get(SearchOutbox).organisationChanged(organisationId);
  });
}

export async function adminToken(t: TestApp): Promise<string> {
  await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('search-admin@example.test', $1, 'ADMIN') ON CONFLICT DO NOTHING`, [
    await hashPassword('search-admin-password'),
  ]);
  return t.login('search-admin@example.test', 'search-admin-password');
}

/** A small directory with known answers to each filter (see search.spec.ts). */
export async function seedSearchFixtures(t: TestApp) {
  const admin = await adminToken(t);
  const assured = await createOrganisation(t, admin, 'Assured Group');
  const unassured = await createOrganisation(t, admin, 'New Group');
  const hall = await createVenue(t, admin, assured, 'M1 1AE', ['wheelchair']);
  const otherHall = await createVenue(t, admin, unassured, 'M1 2AB');
  const ids = {
    walking: await createActivity(t, admin, {
      organisationId: assured,
      venueId: hall,
      deliveryMode: 'IN_PERSON',
      title: 'Walking for health',
      description: 'A gentle walk round the park',
      needs: ['physical_activity'],
      accessibility: ['step_free'],
      schedule: [{ day: 'MONDAY', startTime: '10:00', endTime: '11:00' }],
      minimumAge: 18,
      capacity: { placesPerSession: 20, spacesAvailable: 5 },
    }),
    befriending: await createActivity(t, admin, {
      organisationId: assured,
      deliveryMode: 'PHONE',
      title: 'Befriending phone line',
      description: 'A weekly friendly call',
      needs: ['loneliness'],
      schedule: [{ day: 'TUESDAY', startTime: '18:00', endTime: '20:00' }],
      languages: ['en', 'ur'],
    }),
    art: await createActivity(t, admin, {
      organisationId: assured,
      venueId: hall,
      deliveryMode: 'IN_PERSON',
      title: 'Art club',
      description: 'Painting together',
      needs: ['arts_and_creativity', 'mental_health'],
      schedule: [{ day: 'WEDNESDAY', startTime: '14:00', endTime: '16:00' }],
      free: false,
      costDescription: '£2',
      capacity: { placesPerSession: 10, spacesAvailable: 0 },
    }),
    football: await createActivity(t, admin, {
      organisationId: assured,
      venueId: hall,
      deliveryMode: 'IN_PERSON',
      title: 'Youth football',
      description: 'Football for young people',
      needs: ['physical_activity'],
      schedule: [{ day: 'SATURDAY', startTime: '10:00', endTime: '12:00' }],
      minimumAge: 11,
      maximumAge: 18,
      capacity: { placesPerSession: 20, spacesAvailable: 0, waitingList: 4 },
    }),
    debt: await createActivity(t, admin, {
      organisationId: unassured,
      venueId: otherHall,
      deliveryMode: 'IN_PERSON',
      title: 'Debt advice',
      description: 'Help with bills',
      needs: ['money_and_debt'],
      schedule: [{ day: 'MONDAY', startTime: '09:00', endTime: '12:00' }],
    }),
    paused: await createActivity(t, admin, {
      organisationId: assured,
      deliveryMode: 'ONLINE',
      title: 'Paused online group',
      description: 'On a break',
      needs: ['loneliness'],
      status: 'PAUSED',
    }),
  };
  await setAssurance(t, assured, 'ASSURED');
  await t.flushSearch();
  return { admin, assured, unassured, hall, ids };
}

import { distanceKm } from '@app/geo';
import { DirectoryChanges, KnownSpots } from '@app/search';
import { placeFields } from '../../libs/search/src/index/place-fields';
import { adminToken, M1 } from './search-fixtures';
import { createActivity, createOrganisation, createVenue } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/until';

const SEARCH = `query($input: ActivitySearchInput!) { searchActivities(input: $input) { total hits { activity { id } } } }`;

/**
 * A circle's edge squares name their spots from what search keeps of the venues' places
 * (KnownSpots), not from Meilisearch. A listing at a venue added or moved while the api runs is
 * still found just inside a circle's edge, and not just outside it, whether or not the api can
 * hear the directory's announcements.
 */
describe('search finds listings at venues added or moved while it runs, right up to the edge of a circle', () => {
  let t: TestApp;
  let admin: string;
  let organisationId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    organisationId = await createOrganisation(t, admin, 'Edge Walkers');
    await until(() => t.app.get(KnownSpots).inSquares([]) !== undefined);
  });
  afterAll(() => t?.close());

  async function listingAt(point: { latitude: number; longitude: number }): Promise<{ venueId: string; activityId: string }> {
    const venueId = await createVenue(t, admin, organisationId, 'M1 1AE', [], point);
    const activityId = await createActivity(t, admin, { organisationId, venueId, deliveryMode: 'IN_PERSON', title: 'Edge walk' });
    await t.flushSearch();
    return { venueId, activityId };
  }

  /** Searches circles round a centre 3 km north, reaching 2 m past the point and stopping 2 m short of it. */
  function circlesReaching(point: { latitude: number; longitude: number }) {
    const centre = { latitude: point.latitude + 0.027, longitude: point.longitude };
    const metres = distanceKm(centre, point) * 1000;
    const ids = async (radiusMetres: number): Promise<string[]> => {
      const res = await t.gql(SEARCH, { input: { near: { ...centre, radiusKm: radiusMetres / 1000 }, assuredOnly: false, pageSize: 100 } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id);
    };
    return { justPast: () => ids(Math.ceil(metres) + 2), justShort: () => ids(Math.floor(metres) - 2) };
  }

  async function foundJustInsideNotJustOutside(point: { latitude: number; longitude: number }, activityId: string): Promise<void> {
    const circles = circlesReaching(point);
    expect(await circles.justPast()).toContain(activityId);
    expect(await circles.justShort()).not.toContain(activityId);
  }

  const known = (point: { latitude: number; longitude: number }) => {
    const { spot, cells } = placeFields(point.latitude, point.longitude);
    return t.app.get(KnownSpots).inSquares(cells.slice(-1))?.includes(spot);
  };

  it('knows a new venue as soon as it is added, and finds its listing at the edge', async () => {
    const gate = { latitude: M1.latitude + 0.01234, longitude: M1.longitude - 0.00321 };
    // The same circles searched before the venue was added: what search keeps of them must not hide it.
    expect(await circlesReaching(gate).justPast()).toEqual([]);
    const { activityId } = await listingAt(gate);
    expect(known(gate)).toBe(true);
    await foundJustInsideNotJustOutside(gate, activityId);
  });

  it('finds a listing at its venue’s new place once the venue moves', async () => {
    const before = { latitude: M1.latitude - 0.02111, longitude: M1.longitude + 0.00789 };
    const after = { latitude: before.latitude + 0.00456, longitude: before.longitude + 0.00654 };
    const { venueId, activityId } = await listingAt(before);
    expect(await circlesReaching(after).justPast()).not.toContain(activityId);
    const moved = await t.gql(
      'mutation($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, input: $input) { id } }',
      { id: venueId, input: { name: 'Gate', addressLine1: '1 Park Road', town: 'Manchester', postcode: 'M1 1AE', ...after } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    await t.flushSearch();
    expect(known(after)).toBe(true);
    await foundJustInsideNotJustOutside(after, activityId);
  });

  it('asks Meilisearch while it cannot hear the announcements, and knows every venue again once it can', async () => {
    const changes = t.app.get(DirectoryChanges);
    await changes.connection!.end();
    await until(() => t.app.get(KnownSpots).inSquares([]) === undefined);
    const unheard = { latitude: M1.latitude + 0.03333, longitude: M1.longitude + 0.01111 };
    const { activityId } = await listingAt(unheard);
    await foundJustInsideNotJustOutside(unheard, activityId);

    await until(() => known(unheard) === true);
    await foundJustInsideNotJustOutside(unheard, activityId);
  });
});

import { DirectoryChanges } from '@app/search';
import { seedSearchFixtures } from './search-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/until';

const SEARCH = `query($input: ActivitySearchInput!) { searchActivities(input: $input) {
  hits { activity { id title costDescription organisation { description } venue { name } } } } }`;

type Hit = { activity: { id: string; title: string; costDescription: string | null; organisation: { description: string }; venue: { name: string } | null } };

/**
 * Search keeps copies of the listings it shows (HydratedActivities). Whatever changes a listing, its
 * organisation or its venue, by whatever path, the next searches show the change: these writes go
 * straight to PostgreSQL, past the services and the search outbox.
 */
describe('search shows every change to the listings it keeps', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedSearchFixtures>>;
  beforeAll(async () => {
    t = await startTestApp();
    f = await seedSearchFixtures(t);
    await shows(() => !!t.app.get(DirectoryChanges).connection);
  });
  afterAll(() => t?.close());

  const walking = async (): Promise<Hit | undefined> => {
    const res = await t.gql(SEARCH, { input: { text: 'walking' } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.searchActivities.hits.find((h: Hit) => h.activity.id === f.ids.walking);
  };
  /** Polls for up to 2 s: a change is announced when its writer commits and reaches the api a moment later. */
  const shows = (check: () => boolean | Promise<boolean>) => until(check, 2000, 'the change never showed');

  it('shows a change to the listing, its organisation and its venue', async () => {
    expect((await walking())!.activity.costDescription).toBeNull();
    await t.dataSource.query(`UPDATE activities SET cost_description = 'Bring £1 for tea' WHERE id = $1`, [f.ids.walking]);
    await shows(async () => (await walking())!.activity.costDescription === 'Bring £1 for tea');

    await t.dataSource.query(`UPDATE organisations SET description = 'Walks every week' WHERE id = $1`, [f.assured]);
    await shows(async () => (await walking())!.activity.organisation.description === 'Walks every week');

    await t.dataSource.query(`UPDATE venues SET name = 'The Pavilion' WHERE id = (SELECT venue_id FROM activities WHERE id = $1)`, [f.ids.walking]);
    await shows(async () => (await walking())!.activity.venue?.name === 'The Pavilion');
  });

  it('keeps nothing while it cannot hear the changes, and keeps again once it can', async () => {
    const changes = t.app.get(DirectoryChanges);
    await walking();
    await changes.connection!.end();
    await shows(() => !changes.connection);
    await t.dataSource.query(`UPDATE activities SET cost_description = 'Free while deaf' WHERE id = $1`, [f.ids.walking]);
    // No announcement can arrive, so only reading PostgreSQL shows this at once.
    expect((await walking())!.activity.costDescription).toBe('Free while deaf');

    await shows(() => !!changes.connection);
    await walking();
    await t.dataSource.query(`UPDATE activities SET cost_description = 'Free again' WHERE id = $1`, [f.ids.walking]);
    await shows(async () => (await walking())!.activity.costDescription === 'Free again');
  });

  it('drops a listing deleted since it was indexed', async () => {
    expect(await walking()).toBeDefined();
    await t.dataSource.query(`DELETE FROM activities WHERE id = $1`, [f.ids.walking]);
    await shows(async () => (await walking()) === undefined);
  });
});

import { DemandLog, MEILI_CLIENT, MeiliClient } from '@app/search';
import { KM_PER_DEGREE_LATITUDE, M1, seedSearchFixtures, setAssurance } from './search-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SEARCH = `query($input: ActivitySearchInput!) { searchActivities(input: $input) {
  total page pageSize hits { distanceKm distanceApproximate activity { id title organisation { name } } } facets { field values { value count } } } }`;

describe('searchActivities on the real Meilisearch', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedSearchFixtures>>;
  beforeAll(async () => {
    t = await startTestApp();
    f = await seedSearchFixtures(t);
  });
  afterAll(() => t?.close());

  const search = async (input: Record<string, unknown>) => {
    const res = await t.gql(SEARCH, { input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.searchActivities;
  };
  const titles = async (input: Record<string, unknown>) =>
    (await search({ pageSize: 100, ...input })).hits.map((h: { activity: { title: string } }) => h.activity.title).sort();

  it('shows only assured, open, not-full, active listings by default', async () => {
    expect(await titles({})).toEqual(['Befriending phone line', 'Walking for health', 'Youth football']);
  });

  it('includes unassured providers with assuredOnly: false and full ones with includeFull, never paused ones', async () => {
    expect(await titles({ assuredOnly: false })).toEqual(['Befriending phone line', 'Debt advice', 'Walking for health', 'Youth football']);
    expect(await titles({ includeFull: true, assuredOnly: false })).toEqual([
      'Art club',
      'Befriending phone line',
      'Debt advice',
      'Walking for health',
      'Youth football',
    ]);
  });

  it('matches any of the needs, days, times of day and delivery modes', async () => {
    expect(await titles({ needs: ['loneliness', 'arts_and_creativity'], includeFull: true })).toEqual(['Art club', 'Befriending phone line']);
    expect(await titles({ days: ['MONDAY', 'TUESDAY'] })).toEqual(['Befriending phone line', 'Walking for health']);
    expect(await titles({ timesOfDay: ['EVENING'] })).toEqual(['Befriending phone line']);
    expect(await titles({ deliveryModes: ['PHONE', 'ONLINE'] })).toEqual(['Befriending phone line']);
  });

  it('matches all of the accessibility features, counting the venue’s', async () => {
    expect(await titles({ accessibility: ['wheelchair'] })).toEqual(['Walking for health', 'Youth football']);
    expect(await titles({ accessibility: ['wheelchair', 'step_free'] })).toEqual(['Walking for health']);
  });

  it('filters free, age and language', async () => {
    expect(await titles({ freeOnly: true, includeFull: true })).toEqual(['Befriending phone line', 'Walking for health', 'Youth football']);
    expect(await titles({ age: 15 })).toEqual(['Befriending phone line', 'Youth football']);
    expect(await titles({ age: 40 })).toEqual(['Befriending phone line', 'Walking for health']);
    expect(await titles({ language: 'ur' })).toEqual(['Befriending phone line']);
  });

  it('tolerates typos and knows synonyms', async () => {
    expect(await titles({ text: 'walkng' })).toEqual(['Walking for health']);
    expect(await titles({ text: 'lonely' })).toEqual(['Befriending phone line']);
    expect(await titles({ text: 'footbal' })).toEqual(['Youth football']);
  });

  it('finds an activity 4.9 km away and not one 5.1 km away; remote ones unless excluded', async () => {
    const at = (km: number) => ({ latitude: M1.latitude + km / KM_PER_DEGREE_LATITUDE, longitude: M1.longitude, radiusKm: 5 });
    const inside = await search({ near: at(4.9), days: ['MONDAY'] });
    expect(inside.hits.map((h: { activity: { title: string } }) => h.activity.title)).toEqual(['Walking for health']);
    // The hall is known only to its outward code's centre (no gazetteer here): to the km, and said to be approximate.
    expect(inside.hits[0]).toMatchObject({ distanceKm: 5, distanceApproximate: true });
    expect(await titles({ near: at(5.1), days: ['MONDAY'] })).toEqual([]);
    expect(await titles({ near: at(5.1) })).toEqual(['Befriending phone line']);
    expect(await titles({ near: at(5.1), includeRemote: false })).toEqual([]);
  });

  it('resolves postcodes and outward codes offline, sorting by distance', async () => {
    const byPostcode = await search({ near: { postcode: 'm1 1ae', radiusKm: 2 }, sort: 'DISTANCE', includeRemote: false });
    expect(byPostcode.hits.map((h: { activity: { title: string } }) => h.activity.title)).toEqual(
      expect.arrayContaining(['Walking for health', 'Youth football']),
    );
    expect(byPostcode.hits.every((h: { distanceKm: number }) => h.distanceKm < 2)).toBe(true);
    expect((await search({ near: { postcode: 'M1', radiusKm: 2 } })).total).toBe(3);
  });

  it('refuses bad postcodes, bad combinations and oversized pages with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ near: { postcode: 'nonsense', radiusKm: 5 } }, 'near.postcode'],
      [{ near: { postcode: 'ZZ9 9ZZ', radiusKm: 5 } }, 'near.postcode'],
      [{ near: { radiusKm: 5 } }, 'near'],
      [{ near: { postcode: 'M1', radiusKm: 500 } }, 'near.radiusKm'],
      [{ sort: 'DISTANCE' }, 'sort'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ needs: ['unicorns'] }, 'needs'],
      [{ accessibility: ['jetpack'] }, 'accessibility'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(SEARCH, { input });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toContain(field);
    }
  });

  it('pages the results and reports facet counts under the current filters', async () => {
    const first = await search({ pageSize: 2, page: 1, assuredOnly: false });
    const second = await search({ pageSize: 2, page: 2, assuredOnly: false });
    expect(first.total).toBe(4);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((h: { activity: { id: string } }) => h.activity.id)).size).toBe(4);

    const facets = (await search({ needs: ['physical_activity'] })).facets;
    const needs = facets.find((x: { field: string }) => x.field === 'needs').values;
    expect(needs).toEqual([{ value: 'physical_activity', count: 2 }]);
    const modes = facets.find((x: { field: string }) => x.field === 'deliveryMode').values;
    expect(modes).toEqual([{ value: 'IN_PERSON', count: 2 }]);
    expect(facets.map((x: { field: string }) => x.field)).toEqual(['needs', 'accessibility', 'days', 'deliveryMode', 'category']);
  });

  it('has Meilisearch count facets only when the query asks for them, through fragments too', async () => {
    const meili = t.app.get<MeiliClient>(MEILI_CLIENT);
    const sent: { facets?: string[] }[] = [];
    const search0 = meili.search.bind(meili);
    meili.search = (uid: string, query: object) => (sent.push(query), search0(uid, query));
    // Places (`spot`, `cells`) are counted to order nearest first, whatever the query asks for.
    const counted = () => sent.flatMap((q) => q.facets ?? []).filter((f) => f !== 'spot' && f !== 'cells');
    const ask = async (selection: string, input: Record<string, unknown>, fragments = '') => {
      sent.length = 0;
      const res = await t.gql(`query($input: ActivitySearchInput!) { searchActivities(input: $input) { ${selection} } } ${fragments}`, { input });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.searchActivities;
    };
    try {
      for (const input of [{ assuredOnly: false }, { near: { postcode: 'M1 1AE', radiusKm: 20 }, sort: 'DISTANCE' }]) {
        const withFacets = await ask('total hits { activity { id } } facets { field }', input);
        expect(counted()).toEqual(['needs', 'accessibility', 'days', 'deliveryMode', 'category']);
        const without = await ask('total hits { activity { id } }', input);
        expect(counted()).toEqual([]);
        expect(without).toEqual({ total: withFacets.total, hits: withFacets.hits });
        const viaFragment = await ask('total ...Counts', input, 'fragment Counts on ActivitySearchResult { facets { field } }');
        expect(counted()).toHaveLength(5);
        expect(viaFragment.facets).toEqual(withFacets.facets);
      }
    } finally {
      meili.search = search0;
    }
  });

  it('sorts by most recently updated', async () => {
    await t.gql('mutation($id: ID!) { confirmActivityUpToDate(id: $id) { id } }', { id: f.ids.football }, f.admin);
    await t.gql(
      'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }',
      { id: f.ids.walking, i: { description: 'Updated walk' } },
      f.admin,
    );
    await t.flushSearch();
    const hits = (await search({ sort: 'RECENTLY_UPDATED' })).hits.map((h: { activity: { title: string } }) => h.activity.title);
    expect(hits[0]).toBe('Walking for health');
  });

  it('follows changes: capacity, status and assurance reach search through the outbox', async () => {
    await t.gql(
      'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }',
      { id: f.ids.art, i: { capacity: { spacesAvailable: 3 } } },
      f.admin,
    );
    await t.flushSearch();
    expect(await titles({ needs: ['arts_and_creativity'] })).toEqual(['Art club']);
    await setAssurance(t, f.assured, 'SUSPENDED');
    await t.flushSearch();
    expect(await titles({})).toEqual([]);
    await setAssurance(t, f.assured, 'EXPIRING');
    await t.flushSearch();
    expect((await titles({})).length).toBe(4);
  });

  it('records anonymised demand: needs and outward code, never the text or full postcode', async () => {
    await search({ text: 'private words about a person', needs: ['loneliness'], near: { postcode: 'M1 1AE', radiusKm: 3 } });
    await t.app.get(DemandLog).flush();
    const rows = await t.dataSource.query(`SELECT needs, outcode, filters, result_count FROM search_demand ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ needs: ['loneliness'], outcode: 'M1', result_count: 0 });
    expect(JSON.stringify(rows[0])).not.toMatch(/private|1AE/);
  });
});

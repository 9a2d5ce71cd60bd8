import { startTestApp, TestApp } from '../support/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t?.close());

  it('serves taxonomy and search', async () => {
    const res = await t.gql('{ taxonomy(kind: NEED) { code label kind } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.taxonomy[0]).toEqual({ code: 'loneliness', label: 'Loneliness and isolation', kind: 'NEED' });
    await t.flushSearch();
    const s = await t.gql(
      '{ searchActivities(input: { text: "lonely" }) { total hits { activity { title organisation { name } } distanceKm } facets { field values { value count } } } }',
    );
    expect(s.errors).toBeUndefined();
    expect(s.data.searchActivities.total).toBeGreaterThan(0);
  });
});

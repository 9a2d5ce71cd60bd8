import { seedSearchFixtures, setAssurance } from './search-fixtures';
import { createActivity } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const TITLES = 'query($input: ActivitySearchInput!) { searchActivities(input: $input) { total hits { activity { title } } } }';

describe('search answers what was asked', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedSearchFixtures>>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = await seedSearchFixtures(t);
    // Tuesday evening and Saturday morning, but never Tuesday morning.
    await createActivity(t, f.admin, {
      organisationId: f.assured,
      deliveryMode: 'ONLINE',
      title: 'Evening and weekend chat',
      description: 'Online chat',
      needs: ['loneliness'],
      schedule: [
        { day: 'TUESDAY', startTime: '19:00', endTime: '20:00' },
        { day: 'SATURDAY', startTime: '10:00', endTime: '11:00' },
      ],
    });
    await createActivity(t, f.admin, {
      organisationId: f.assured,
      deliveryMode: 'ONLINE',
      title: 'Tuesday morning chat',
      description: 'Online chat',
      needs: ['loneliness'],
      schedule: [{ day: 'TUESDAY', startTime: '10:30', endTime: '11:30' }],
    });
    await setAssurance(t, f.assured, 'ASSURED');
    await t.flushSearch();
  });
  afterAll(() => t?.close());

  const search = async (input: Record<string, unknown>) => {
    const res = await t.gql(TITLES, { input: { pageSize: 100, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.searchActivities as { total: number; hits: { activity: { title: string } }[] };
  };

  it('matches a day and a time of day within the same session', async () => {
    const titles = (await search({ days: ['TUESDAY'], timesOfDay: ['MORNING'] })).hits.map((h) => h.activity.title);
    expect(titles).toContain('Tuesday morning chat');
    expect(titles).not.toContain('Evening and weekend chat');
    expect((await search({ days: ['SATURDAY'], timesOfDay: ['MORNING'] })).hits.map((h) => h.activity.title)).toContain('Evening and weekend chat');
    expect((await search({ days: ['TUESDAY', 'SATURDAY'], timesOfDay: ['EVENING'] })).hits.map((h) => h.activity.title)).toContain('Evening and weekend chat');
  });

  it.each([
    ['lonley', 'lonely'],
    ['lonliness', 'loneliness'],
    ['bereavment', 'bereavement'],
    ['excercise', 'exercise'],
    ['depresion', 'depression'],
    ['anxiaty', 'anxiety'],
  ])('finds for the misspelling "%s" what "%s" finds', async (wrong, right) => {
    const expected = await search({ text: right, assuredOnly: false });
    const found = await search({ text: wrong, assuredOnly: false });
    expect(found.total).toBe(expected.total);
    expect(found.hits.map((h) => h.activity.title).sort()).toEqual(expected.hits.map((h) => h.activity.title).sort());
  });

  it('finds the demo loneliness groups with the misspelling', async () => {
    expect((await search({ text: 'lonely' })).total).toBeGreaterThan(5);
    expect((await search({ text: 'lonley' })).total).toBe((await search({ text: 'lonely' })).total);
  });
});

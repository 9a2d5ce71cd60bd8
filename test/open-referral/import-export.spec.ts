import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { OrukExporter, OrukImporter } from '@app/open-referral';
import { expectValidOruk } from '../support/oruk-schemas';
import { startTestApp, TestApp } from '../support/test-app';

// The ORUK examples, copied into the fixtures (never read from ../shared at run time).
const EXAMPLES = path.resolve(__dirname, '../fixtures/oruk/examples');
const EXAMPLE_SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const EXAMPLE_ORGANIZATION = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const EXAMPLE_TERM = '3f7b145d-84af-42d7-8fae-eaca714b02b2';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-'));
const writeFeed = (name: string, contents: unknown[]) => {
  const file = path.join(scratch, name);
  fs.writeFileSync(
    file,
    JSON.stringify({
      total_items: contents.length,
      total_pages: 1,
      page_number: 1,
      size: contents.length,
      first_page: true,
      last_page: true,
      empty: !contents.length,
      contents,
    }),
  );
  return file;
};
const tableCounts = async (t: TestApp) =>
  (
    await t.dataSource.query(
      `SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM venues)::int AS venues,
            (SELECT count(*) FROM activities)::int AS activities, (SELECT count(*) FROM external_records)::int AS refs`,
    )
  )[0];
const localId = async (t: TestApp, kind: string, externalId: string) =>
  (await t.dataSource.query('SELECT local_id FROM external_records WHERE kind = $1 AND external_id = $2', [kind, externalId]))[0]?.local_id;

/** What both models hold of a published service: no ids of rows, no timestamps, no assurance decision. */
function shared(service: Record<string, any>) {
  const strip = (value: any): any => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !['id', 'organization_id', 'service_id', 'location_id', 'link_id', 'last_modified', 'assured_date', 'assurer_email'].includes(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  // Taxonomy terms keep their ids: ours are derived from the code, others' are the publisher's.
  return { ...strip(service), terms: service.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id).sort() };
}
const byContent = (a: { name: string; description: string }, b: { name: string; description: string }) =>
  `${a.name}${a.description}`.localeCompare(`${b.name}${b.description}`);

describe('import-oruk: the ORUK examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ORUK_PUBLISH: 'all' } });
  });
  afterAll(() => t?.close());

  it('imports every example, keeps unknown taxonomy terms, and reports what it could not take', async () => {
    const importer = t.app.get(OrukImporter);
    const files = fs
      .readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toHaveLength(10);
    for (const file of files) {
      const report = await importer.import(path.join(EXAMPLES, file));
      expect({ file, invalid: report.invalid }).toEqual({ file, invalid: [] });
      const services = report.services.created + report.services.updated + report.services.skipped;
      // Every example but the taxonomy ones carries the example service or its organization.
      if (file.startsWith('service')) expect({ file, services }).toEqual({ file, services: 1 });
      if (file.startsWith('organization')) expect(report.organizations.created + report.organizations.updated + report.organizations.skipped).toBe(1);
      if (file.startsWith('taxonomy_term')) expect(report.unknownTerms.map((u) => u.id)).toEqual([EXAMPLE_TERM]);
    }
    // One organisation and one activity, however many documents carried them.
    const organisationId = await localId(t, 'organization', EXAMPLE_ORGANIZATION);
    const activityId = await localId(t, 'service', EXAMPLE_SERVICE);
    const [organisation] = await t.dataSource.query('SELECT * FROM organisations WHERE id = $1', [organisationId]);
    expect(organisation).toMatchObject({
      name: 'Example Organization Inc.',
      assurance_status: 'NOT_ASSESSED',
      company_number: '01234567',
      website: 'http://example.com',
    });
    const [activity] = await t.dataSource.query('SELECT * FROM activities WHERE id = $1', [activityId]);
    // The summary documents imported last left the full record's schedules, costs and ages alone.
    expect(activity).toMatchObject({
      organisation_id: organisationId,
      title: 'Community Counselling',
      status: 'ACTIVE',
      minimum_age: 12,
      maximum_age: 100,
      free: false,
      cost_description: 'Under 18s and Over 60s £35 per 1 hour session',
      // The example's location ("ABC 1234", latitude 100) cannot be placed; its url makes it reachable online.
      delivery_mode: 'ONLINE',
      venue_id: null,
    });
    expect(activity.schedule).toEqual([
      { day: 'THURSDAY', startTime: '10:00', endTime: '18:00', recurrence: 'WEEKLY', firstDate: null, weekOfMonth: null },
      { day: 'FRIDAY', startTime: '10:00', endTime: '18:00', recurrence: 'WEEKLY', firstDate: null, weekOfMonth: null },
    ]);
    const kept = await t.dataSource.query(
      'SELECT t.id, t.name, t.taxonomy FROM activity_external_terms l JOIN external_taxonomy_terms t ON t.id = l.term_id WHERE l.activity_id = $1',
      [activityId],
    );
    expect(kept).toEqual([{ id: EXAMPLE_TERM, name: 'name', taxonomy: 'taxonomy' }]);
    expect(await tableCounts(t)).toEqual({ organisations: 1, venues: 0, activities: 1, refs: 2 });
  });

  it('a second import updates in place: unchanged records are skipped, nothing is duplicated', async () => {
    const before = await tableCounts(t);
    const report = await t.app.get(OrukImporter).import(path.join(EXAMPLES, 'service_list.json'));
    expect(report.services).toEqual({ created: 0, updated: 0, skipped: 1, invalid: 0 });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('what it imports reaches search through the outbox, and is published again (with its kept term)', async () => {
    await t.flushSearch();
    const res = await t.gql(
      '{ searchActivities(input: { text: "Community Counselling", assuredOnly: false }) { hits { activity { title organisation { name assuranceStatus } } } } }',
    );
    expect(res.data.searchActivities.hits[0].activity).toEqual({
      title: 'Community Counselling',
      organisation: { name: 'Example Organization Inc.', assuranceStatus: 'NOT_ASSESSED' },
    });
    const activityId = await localId(t, 'service', EXAMPLE_SERVICE);
    const published = t.app.get(OrukExporter);
    const file = path.join(scratch, 'examples-export.json');
    expect(await published.export(file, 'json')).toEqual({ services: 1 });
    const [service] = JSON.parse(fs.readFileSync(file, 'utf8')).contents;
    expect(service.id).toBe(activityId);
    expect(service.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id)).toContain(EXAMPLE_TERM);
  });
});

describe('import-oruk: broken records', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const organization = (name: string, id: string) => ({ id, name, description: `${name} runs community groups` });
  const service = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    description: `${name}, every week`,
    status: 'active',
    organization: organization('Ancoats Neighbours', '11111111-1111-4111-8111-111111111111'),
    service_at_locations: [
      {
        id: `${id.slice(0, 8)}-0000-4000-8000-000000000000`,
        location: {
          id: '22222222-2222-4222-8222-222222222222',
          location_type: 'physical',
          name: 'Ancoats Hall',
          addresses: [
            {
              id: '33333333-3333-4333-8333-333333333333',
              address_1: '1 Hall Lane',
              city: 'Manchester',
              postal_code: 'm4 6aa',
              country: 'GB',
              address_type: 'physical',
            },
          ],
          accessibility: [{ id: '44444444-4444-4444-8444-444444444444', description: 'Wheelchair access' }],
        },
      },
    ],
    attributes: [
      {
        id: '55555555-5555-4555-8555-555555555555',
        taxonomy_term: { id: '66666666-6666-4666-8666-666666666666', name: 'Loneliness and isolation', taxonomy: 'Needs', description: 'x' },
      },
    ],
    ...extra,
  });

  it('reports each broken record with its reason, imports the rest, and leaves nothing half-written', async () => {
    const file = writeFeed('broken.json', [
      service('a0000000-0000-4000-8000-000000000001', 'Knit and natter (old name)'),
      service('a0000000-0000-4000-8000-000000000002', '', { organization: organization('Nameless Service Org', '77777777-7777-4777-8777-777777777771') }),
      service('a0000000-0000-4000-8000-000000000003', 'Open sometimes', {
        status: 'open',
        organization: organization('Bad Status Org', '77777777-7777-4777-8777-777777777772'),
      }),
      service('a0000000-0000-4000-8000-000000000004', 'Nobody runs this', { organization: undefined }),
      service('a0000000-0000-4000-8000-000000000005', 'Org without a name', {
        organization: { id: '77777777-7777-4777-8777-777777777773', name: '', description: 'no name' },
      }),
      service('a0000000-0000-4000-8000-000000000006', 'Nowhere to be found', {
        organization: organization('Placeless Org', '77777777-7777-4777-8777-777777777774'),
        service_at_locations: [
          {
            id: '88888888-8888-4888-8888-888888888888',
            location: {
              id: '99999999-9999-4999-8999-999999999999',
              location_type: 'physical',
              addresses: [{ address_1: '1 Main St', city: 'Springfield', postal_code: '90210' }],
            },
          },
        ],
      }),
      'not a record',
      service('a0000000-0000-4000-8000-000000000007', 'Chair yoga', {
        minimum_age: 60,
        maximum_age: 18,
        languages: [
          { id: 'l1', code: 'en' },
          { id: 'l2', code: 'ur' },
        ],
      }),
      // Fields of the wrong JSON types are left out, not fatal.
      service('a0000000-0000-4000-8000-000000000008', 'Odd shapes club', {
        schedules: 'weekly',
        languages: 'en',
        minimum_age: 'teen',
        attributes: [{ taxonomy_term: { id: 5, name: 7, taxonomy: 3 } }, ...service('x', 'x').attributes],
      }),
      // The same id again, later in the feed: one record, the last version.
      service('a0000000-0000-4000-8000-000000000001', 'Knit and natter'),
    ]);
    const report = await t.app.get(OrukImporter).import(file);
    expect(report.services).toEqual({ created: 3, updated: 0, skipped: 0, invalid: 5 });
    const reasons = Object.fromEntries(report.invalid.map((r) => [r.id || r.where, r.reasons.join('; ')]));
    expect(reasons['a0000000-0000-4000-8000-000000000002']).toMatch(/^name: must be 3 to 200 characters/);
    expect(reasons['a0000000-0000-4000-8000-000000000003']).toMatch(/^status: must be active, inactive, defunct or temporarily closed \(got "open"\)/);
    expect(reasons['a0000000-0000-4000-8000-000000000004']).toMatch(/^organization: is required/);
    expect(reasons['a0000000-0000-4000-8000-000000000005']).toMatch(/^organization\.name: must be 2 to 200 characters/);
    expect(reasons['a0000000-0000-4000-8000-000000000006']).toMatch(/postal_code "90210" is not a UK postcode/);
    expect(reasons['broken.json contents[6]']).toMatch(/not a JSON object/);
    expect(report.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'service a0000000-0000-4000-8000-000000000001 appears 2 times; imported once, from its last appearance',
        'maximum_age: must be at least minimumAge; left out',
      ]),
    );
    // Nothing of a refused record was written: none of their organisations exist.
    const names = (await t.dataSource.query('SELECT name FROM organisations ORDER BY name')).map((r: { name: string }) => r.name);
    expect(names).toEqual(['Ancoats Neighbours']);
    const activities = await t.dataSource.query(
      'SELECT title, needs, delivery_mode, minimum_age, maximum_age, languages, v.postcode, v.accessibility FROM activities a JOIN venues v ON v.id = a.venue_id ORDER BY title',
    );
    expect(activities).toEqual([
      {
        title: 'Chair yoga',
        needs: ['loneliness'],
        delivery_mode: 'IN_PERSON',
        minimum_age: 60,
        maximum_age: null,
        languages: ['en', 'ur'],
        postcode: 'M4 6AA',
        accessibility: ['wheelchair'],
      },
      {
        title: 'Knit and natter',
        needs: ['loneliness'],
        delivery_mode: 'IN_PERSON',
        minimum_age: null,
        maximum_age: null,
        languages: ['en'],
        postcode: 'M4 6AA',
        accessibility: ['wheelchair'],
      },
      {
        title: 'Odd shapes club',
        needs: ['loneliness'],
        delivery_mode: 'IN_PERSON',
        minimum_age: null,
        maximum_age: null,
        languages: ['en'],
        postcode: 'M4 6AA',
        accessibility: ['wheelchair'],
      },
    ]);
    // Both services share the publisher's one location: one venue.
    expect((await tableCounts(t)).venues).toBe(1);
  });

  it('a record that fails while being written leaves none of its rows behind', async () => {
    const first = writeFeed('first.json', [service('b0000000-0000-4000-8000-000000000001', 'Walking group')]);
    expect((await t.app.get(OrukImporter).import(first)).services.created).toBe(1);
    const before = await tableCounts(t);
    // The publisher moves the service to another organisation, at that organisation's own location:
    // the new organisation and venue are written, then the activity refuses a venue it does not own.
    const moved = writeFeed('moved.json', [
      service('b0000000-0000-4000-8000-000000000001', 'Walking group', {
        organization: organization('Moved To Org', '77777777-7777-4777-8777-777777777775'),
      }),
    ]);
    const report = await t.app.get(OrukImporter).import(moved);
    expect(report.services.invalid).toBe(1);
    expect(report.invalid[0].reasons.join()).toMatch(/venue/);
    expect(await tableCounts(t)).toEqual(before);
    expect(await t.dataSource.query(`SELECT 1 FROM organisations WHERE name = 'Moved To Org'`)).toEqual([]);
  });

  it('reports a feed it cannot read at all', async () => {
    await expect(t.app.get(OrukImporter).import(path.join(scratch, 'missing.json'))).rejects.toThrow(/cannot read .*missing\.json: ENOENT/);
    fs.writeFileSync(path.join(scratch, 'garbage.json'), 'this is { not json');
    const report = await t.app.get(OrukImporter).import(path.join(scratch, 'garbage.json'));
    expect(report.invalid).toEqual([{ where: 'garbage.json line 1', id: '', reasons: ['is not valid JSON'] }]);
  });
});

describe('export-oruk and import-oruk: round trip', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ demo: true, env: { ORUK_PUBLISH: 'all' } });
    b = await startTestApp({ env: { ORUK_PUBLISH: 'all' } });
    // The demo directory and every ORUK example (with the kept foreign term) together.
    for (const file of fs.readdirSync(EXAMPLES).sort()) await a.app.get(OrukImporter).import(path.join(EXAMPLES, file));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('exports the published directory, and importing it elsewhere gives the same records', async () => {
    const file = path.join(scratch, 'directory.json');
    const { services } = await a.app.get(OrukExporter).export(file, 'json');
    // The export is one page of the ORUK /services envelope, each service fully nested and valid.
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expectValidOruk('service_list', exported);
    for (const service of exported.contents) expectValidOruk('service', service);
    // ORUK_PUBLISH=all: every active listing, except those of suspended organisations.
    const [{ n }] = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status <> 'SUSPENDED'`,
    );
    expect(services).toBe(n);
    const report = await b.app.get(OrukImporter).import(file);
    expect(report.invalid).toEqual([]);
    expect(report.services).toEqual({ created: n, updated: 0, skipped: 0, invalid: 0 });

    const again = path.join(scratch, 'directory-again.json');
    await b.app.get(OrukExporter).export(again, 'json');
    const original = JSON.parse(fs.readFileSync(file, 'utf8')).contents.map(shared).sort(byContent);
    const copy = JSON.parse(fs.readFileSync(again, 'utf8')).contents.map(shared).sort(byContent);
    expect(copy).toEqual(original);
    // Venues shared by several activities stay shared.
    expect((await tableCounts(b)).venues).toBe(
      (
        await a.dataSource.query(
          `SELECT count(DISTINCT venue_id)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status <> 'SUSPENDED'`,
        )
      )[0].n,
    );
  });

  it('ndjson export of the same directory imports as unchanged', async () => {
    const file = path.join(scratch, 'directory.ndjson');
    const { services } = await a.app.get(OrukExporter).export(file, 'ndjson');
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(services);
    const report = await b.app.get(OrukImporter).import(file);
    expect(report.services).toEqual({ created: 0, updated: 0, skipped: services, invalid: 0 });
  });
});

describe('import-oruk from a running publisher', () => {
  let publisher: TestApp;
  let reader: TestApp;
  beforeAll(async () => {
    publisher = await startTestApp({ demo: true });
    reader = await startTestApp();
    await publisher.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await publisher?.close();
    await reader?.close();
  });

  it('walks every page of /services with full detail', async () => {
    const { port } = publisher.app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/openreferral/v3`;
    const published = ((await (await fetch(`${base}/services?per_page=1`)).json()) as { total_items: number }).total_items;
    expect(published).toBeGreaterThan(14);
    const report = await reader.app.get(OrukImporter).import(base, { perPage: 7 });
    expect(report.invalid).toEqual([]);
    expect(report.services.created).toBe(published);
    expect((await tableCounts(reader)).activities).toBe(published);
    // Only what the publisher publishes: its assured organisations.
    const [{ n }] = await publisher.dataSource.query(
      `SELECT count(DISTINCT o.id)::int AS n FROM organisations o JOIN activities a ON a.organisation_id = o.id
        WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= current_date)`,
    );
    expect(report.organizations.created).toBe(n);
    await expect(reader.app.get(OrukImporter).import(`http://127.0.0.1:${port}/nothing-here`)).rejects.toThrow(/answered 404/);
  });

  it("waits out a publisher's rate limit (429 with Retry-After) and carries on", async () => {
    const page = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'service_list.json'), 'utf8'));
    const asked: string[] = [];
    const limited = http.createServer((req, res) => {
      asked.push(req.url!);
      if (asked.length === 1) {
        res.writeHead(429, { 'retry-after': '1' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...page, total_pages: 1, last_page: true }));
    });
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = limited.address() as AddressInfo;
      const report = await reader.app.get(OrukImporter).import(`http://127.0.0.1:${port}/oruk/`);
      expect(report.services.created).toBe(1);
      expect(asked).toEqual(['/oruk/services?full=true&per_page=100&page=1', '/oruk/services?full=true&per_page=100&page=1']);
    } finally {
      limited.close();
    }
  });
});

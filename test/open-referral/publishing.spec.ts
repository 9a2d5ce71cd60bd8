import request from 'supertest';
import { expectValidOruk as expectValid } from '../support/oruk-schemas';
import { startTestApp, TestApp } from '../support/test-app';

describe('Open Referral UK publishing API (root and services)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t?.close());
  const get = (url: string) => request(t.app.getHttpServer()).get(`/openreferral/v3${url}`);

  it('describes itself, openly, with CORS', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body.version).toBe('HSDS-UK-3.0');
    expectValid('api_details', res.body);
  });

  it('pages services (first, middle, last, empty) in the specified envelope, valid against the schema', async () => {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= current_date)`,
    );
    const pages = Math.ceil(n / 10);
    const first = await get('/services?per_page=10');
    expect(first.body).toMatchObject({ total_items: n, total_pages: pages, page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    expect(first.headers.etag).toBeDefined();
    expectValid('service_list', first.body);
    const middle = await get('/services?per_page=10&page=2');
    expect(middle.body).toMatchObject({ page_number: 2, first_page: false, last_page: pages === 2 });
    expectValid('service_list', middle.body);
    const last = await get(`/services?per_page=10&page=${pages}`);
    expect(last.body).toMatchObject({ last_page: true, size: n - (pages - 1) * 10 });
    expectValid('service_list', last.body);
    const empty = await get(`/services?per_page=10&page=${pages + 1}`);
    expect(empty.body).toMatchObject({ empty: true, size: 0, contents: [] });
    expect((await get('/services?per_page=500')).status).toBe(400);
  });

  it('pages every list endpoint (first, middle, last, empty page), each page and each detail valid against the schemas', async () => {
    const lists: { url: string; list?: string; item?: string[]; detail: (item: { id: string }) => string; detailSchema: string; perPage?: number }[] = [
      { url: '/services', list: 'service_list', detail: (x) => `/services/${x.id}`, detailSchema: 'service' },
      { url: '/service_at_locations', list: 'service_at_location_list', detail: (x) => `/service_at_locations/${x.id}`, detailSchema: 'service_at_location' },
      // The validator's organization_list.json describes one list item, not the envelope.
      { url: '/organizations', item: ['organization_list', 'organization'], detail: (x) => `/organizations/${x.id}`, detailSchema: 'organization' },
      { url: '/taxonomies', list: 'taxonomy_list', detail: (x) => `/taxonomies/${x.id}`, detailSchema: 'taxonomy', perPage: 1 },
      { url: '/taxonomy_terms', list: 'taxonomy_term_list', detail: (x) => `/taxonomy_terms/${x.id}`, detailSchema: 'taxonomy_term' },
    ];
    for (const { url, list, item, detail, detailSchema, perPage = 3 } of lists) {
      const first = (await get(`${url}?per_page=${perPage}`)).body;
      const pages = first.total_pages;
      expect({ url, pages: pages >= 3 }).toEqual({ url, pages: true });
      for (const page of [1, Math.ceil(pages / 2), pages, pages + 1]) {
        const body = (await get(`${url}?per_page=${perPage}&page=${page}`)).body;
        const expectedSize = page > pages ? 0 : page === pages ? first.total_items - (pages - 1) * perPage : perPage;
        expect({ url, page, envelope: body }).toMatchObject({
          url,
          page,
          envelope: {
            total_items: first.total_items,
            total_pages: pages,
            page_number: page,
            size: expectedSize,
            first_page: page === 1,
            last_page: page >= pages,
            empty: expectedSize === 0,
          },
        });
        if (list) expectValid(list, body);
        for (const schema of item ?? []) for (const x of body.contents) expectValid(schema, x);
        for (const x of body.contents.slice(0, 2)) expectValid(detailSchema, (await get(detail(x))).body);
      }
    }
  });

  it('publishes organisations (with org-id identifiers), taxonomies and terms, valid against the schemas', async () => {
    const orgs = await get('/organizations?per_page=5');
    expect(orgs.body).toMatchObject({ page_number: 1, first_page: true });
    // The validator's organization_list.json describes one list item, not the envelope.
    for (const org of orgs.body.contents) {
      expectValid('organization_list', org);
      expectValid('organization', org);
    }
    const withCharity = orgs.body.contents.find((o: { organization_identifiers: unknown[] }) => o.organization_identifiers.length);
    expect(withCharity.organization_identifiers[0].identifier_scheme).toMatch(/^GB-(CHC|COH)$/);
    expectValid('organization', (await get(`/organizations/${withCharity.id}`)).body);

    const taxonomies = await get('/taxonomies');
    // Needs, accessibility and categories, and delivery modes (so that they survive a round trip).
    expect(taxonomies.body.contents.map((x: { name: string }) => x.name).sort()).toEqual(['Accessibility', 'Activity categories', 'Delivery modes', 'Needs']);
    expectValid('taxonomy_list', taxonomies.body);
    const needs = taxonomies.body.contents.find((x: { name: string }) => x.name === 'Needs');
    expectValid('taxonomy', (await get(`/taxonomies/${needs.id}`)).body);
    const terms = await get(`/taxonomy_terms?taxonomy_id=${needs.id}&per_page=100`);
    expect(terms.body.total_items).toBe(15);
    expectValid('taxonomy_term_list', terms.body);
    const loneliness = terms.body.contents.find((x: { code: string }) => x.code === 'loneliness');
    expectValid('taxonomy_term', (await get(`/taxonomy_terms/${loneliness.id}`)).body);
    expect((await get('/taxonomy_terms/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('filters services (AND) as hand-counted in the database', async () => {
    const count = async (extra: string, params: unknown[] = []) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id
          WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= current_date) ${extra}`,
          params,
        )
      )[0].n;
    const terms = await get('/taxonomy_terms?per_page=100');
    const loneliness = terms.body.contents.find((x: { code: string; taxonomy: string }) => x.code === 'loneliness' && x.taxonomy === 'Needs');
    const byNeed = await get(`/services?taxonomy_term_id=${loneliness.id}&per_page=100`);
    expect(byNeed.body.total_items).toBe(await count(`AND 'loneliness' = ANY(a.needs)`));
    expect(byNeed.body.total_items).toBeGreaterThan(0);
    const monday = await get('/services?day=MO&per_page=100');
    expect(monday.body.total_items).toBe(await count(`AND a.schedule @> '[{"day":"MONDAY"}]'`));
    const mondayMorning = await get('/services?day=MO&end_time=12:00&per_page=100');
    expect(mondayMorning.body.total_items).toBe(
      await count(`AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.schedule) s WHERE s->>'day' = 'MONDAY' AND s->>'endTime' <= '12:00')`),
    );
    const teens = await get('/services?minimum_age=15&maximum_age=15&per_page=100');
    expect(teens.body.total_items).toBe(await count('AND (a.maximum_age IS NULL OR a.maximum_age >= 15) AND (a.minimum_age IS NULL OR a.minimum_age <= 15)'));
    const online = terms.body.contents.find((x: { code: string; taxonomy: string }) => x.code === 'online' && x.taxonomy === 'Delivery modes');
    const byMode = await get(`/services?taxonomy_term_id=${online.id}&per_page=100`);
    expect(byMode.body.total_items).toBe(await count(`AND a.delivery_mode = 'ONLINE'`));
    expect(byMode.body.total_items).toBeGreaterThan(0);
    const combined = await get(`/services?taxonomy_term_id=${loneliness.id}&day=MO&per_page=100`);
    expect(combined.body.total_items).toBe(await count(`AND 'loneliness' = ANY(a.needs) AND a.schedule @> '[{"day":"MONDAY"}]'`));
    await t.flushSearch();
    const text = await get('/services?search=walking&per_page=100');
    expect(text.body.contents.some((s: { name: string }) => /walk/i.test(s.name))).toBe(true);
    expectValid('service_list', text.body);
    expect((await get('/services?day=XX')).body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['day'] });
  });

  it('publishes services at locations, near a postcode within a proximity in metres', async () => {
    const all = await get('/service_at_locations?per_page=100');
    expectValid('service_at_location_list', all.body);
    for (const sal of all.body.contents.slice(0, 5)) expectValid('service_at_location', (await get(`/service_at_locations/${sal.id}`)).body);
    await t.flushSearch();
    // Ancoats (M4) venues are at the M4 centroid: within 500 m of M4 1AA, not of Bolton.
    const near = await get('/service_at_locations?postcode=M4%201AA&proximity=500&per_page=100');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id JOIN venues v ON v.id = a.venue_id
        WHERE a.status IN ('ACTIVE', 'PAUSED') AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= current_date) AND v.outcode = 'M4'`,
    );
    expect(near.body.total_items).toBe(n);
    expect(n).toBeGreaterThan(0);
    expect(near.body.contents.every((s: { location: { addresses: { postal_code: string }[] } }) => s.location.addresses[0].postal_code.startsWith('M4 '))).toBe(
      true,
    );
    expect((await get('/service_at_locations?proximity=500')).body.fields).toEqual(['postcode']);
    expect((await get('/service_at_locations?postcode=ZZ9%209ZZ')).status).toBe(400);
  });

  it('publishes a service in full detail, valid against the schema; unpublished ones are not found', async () => {
    const list = await get('/services?per_page=100');
    for (const summary of list.body.contents.slice(0, 10)) {
      const res = await get(`/services/${summary.id}`);
      expect(res.status).toBe(200);
      expectValid('service', res.body);
      expect(res.body.schedules.every((s: { freq: string; byday: string }) => s.freq === 'WEEKLY' && /^(MO|TU|WE|TH|FR|SA|SU)$/.test(s.byday))).toBe(true);
    }
    // An in-person service names its venue as a location; every service names its delivery mode.
    const [{ id: inPerson }] = await t.dataSource.query(
      `SELECT a.id FROM activities a WHERE a.delivery_mode = 'IN_PERSON' AND a.id = ANY($1::uuid[]) LIMIT 1`,
      [list.body.contents.map((c: { id: string }) => c.id)],
    );
    const detail = (await get(`/services/${inPerson}`)).body;
    expect(detail.service_at_locations).toHaveLength(1);
    expect(detail.service_at_locations[0].location.addresses[0].country).toBe('GB');
    expect(
      detail.attributes
        .filter((a: { taxonomy_term: { taxonomy: string } }) => a.taxonomy_term.taxonomy === 'Delivery modes')
        .map((a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code),
    ).toEqual(['in_person']);
    // full=true nests every service fully, as an importer walking the feed asks.
    const full = await get('/services?full=true&per_page=5&page=2');
    expectValid('service_list', full.body);
    for (const service of full.body.contents) expectValid('service', service);
    expect(full.body.contents.every((c: { attributes?: unknown[] }) => Array.isArray(c.attributes))).toBe(true);
    expect((await get('/services?full=maybe')).body.fields).toEqual(['full']);
    // A paused listing stays in the feed, marked temporarily closed, with the day it was last checked.
    const [{ id: paused, last_verified_at: checked }] = await t.dataSource.query(
      `SELECT a.id, a.last_verified_at FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.status = 'PAUSED' AND o.assurance_status IN ('ASSURED', 'EXPIRING') LIMIT 1`,
    );
    const pausedService = await get(`/services/${paused}`);
    expect(pausedService.status).toBe(200);
    expectValid('service', pausedService.body);
    expect(pausedService.body.status).toBe('temporarily closed');
    expect(pausedService.body.assured_date >= new Date(checked).toISOString().slice(0, 10)).toBe(true);
    const [{ id: closed }] = await t.dataSource.query(`SELECT id FROM activities WHERE status = 'CLOSED' LIMIT 1`);
    expect((await get(`/services/${closed}`)).status).toBe(404);
    expect((await get('/services/not-an-id')).status).toBe(404);
  });
});

describe('Open Referral UK rate limit', () => {
  it('answers 429 with Retry-After once a client passes its limit', async () => {
    const t = await startTestApp({ env: { ORUK_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const minute = () => Math.floor(Date.now() / 60_000);
      for (let attempt = 0; attempt < 2; attempt++) {
        const started = minute();
        const answers: request.Response[] = [];
        for (let i = 0; i < 4; i++) answers.push(await request(t.app.getHttpServer()).get('/openreferral/v3/'));
        if (minute() !== started) continue; // the window rolled over mid-way: try once more
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
        expect(answers[3].headers['retry-after']).toBeDefined();
        expect(answers[3].headers['access-control-allow-origin']).toBe('*');
        expect(answers[3].headers['x-ratelimit-limit']).toBe('3');
        return;
      }
    } finally {
      await t.close();
    }
  });
});

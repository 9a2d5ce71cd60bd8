import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

/** /health tells a load balancer (and the README's first query) when the product can answer correctly. */
describe('/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The demo seed fills the outbox; with the relay held back, the index has not caught up yet.
    t = await startTestApp({ demo: true, runRelay: false });
  });
  afterAll(() => t?.close());

  it('answers 503 "starting" until the search index has caught up with the outbox, then 200 ok for good', async () => {
    const starting = await request(t.app.getHttpServer()).get('/health');
    expect(starting.status).toBe(503);
    expect(starting.body.status).toBe('starting');
    expect(starting.body.dependencies.searchOutbox).toMatchObject({ status: 'starting', pending: expect.any(Number) });
    expect(starting.body.dependencies.searchOutbox.pending).toBeGreaterThan(0);
    expect(starting.body.dependencies.postgres.status).toBe('up');

    await t.flushSearch();
    const ok = await request(t.app.getHttpServer()).get('/health');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('ok');
    expect((await t.gql('{ searchActivities(input: { text: "walk" }) { total } }')).data.searchActivities.total).toBeGreaterThan(0);

    // Later changes wait in the outbox as usual; that is not "starting" again.
    await t.dataSource.query('INSERT INTO search_outbox (activity_id) SELECT id FROM activities LIMIT 3');
    expect((await request(t.app.getHttpServer()).get('/health')).body.status).toBe('ok');
  });
});

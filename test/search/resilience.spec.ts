import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { IndexMaintenance, MeiliClient, MeiliProcess, OutboxRelay, SearchEngineHandle } from '@app/search';
import { createActivity, createOrganisation } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/until';
import { adminToken, seedSearchFixtures } from './search-fixtures';

/** Every document in the index carries the version PostgreSQL has, and nothing else is there. */
async function expectIndexInStep(t: TestApp, meili: MeiliClient) {
  const docs = await meili.getDocuments<{ id: string; version: number }>(t.index, { fields: ['id', 'version'], limit: 10_000, offset: 0 });
  const rows: { id: string; version: string }[] = await t.dataSource.query('SELECT id, search_version AS version FROM activities ORDER BY id');
  expect(docs.results.map((d) => [d.id, d.version]).sort()).toEqual(rows.map((r) => [r.id, Number(r.version)]).sort());
}

describe('search stays in step with PostgreSQL', () => {
  let dataDir: string;
  let engine: SearchEngineHandle;
  let t: TestApp;
  let meili: MeiliClient;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    // Its own Meilisearch, so stopping it does not disturb other test files.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resilience-'));
    engine = await MeiliProcess.start(dataDir, logger);
    t = await startTestApp({ meiliHost: engine.host, meiliApiKey: engine.apiKey, env: { OUTBOX_RELAY_INTERVAL_MS: '50' } });
    meili = new MeiliClient(engine.host, engine.apiKey);
  });
  afterAll(async () => {
    meili?.close();
    await t?.close();
    await engine?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps accepting writes while Meilisearch is down and catches up when it returns', async () => {
    const f = await seedSearchFixtures(t);
    await engine.stop();
    const changed = await t.gql(
      'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { title } }',
      { id: f.ids.walking, i: { title: 'Walking while down' } },
      f.admin,
    );
    expect(changed.data.updateActivity.title).toBe('Walking while down');
    const added = await createActivity(t, f.admin, { organisationId: f.assured, title: 'Added while down' });
    await new Promise((r) => setTimeout(r, 300));
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox');
    expect(n).toBeGreaterThanOrEqual(2);

    engine = await MeiliProcess.start(dataDir, logger); // same data folder, same port
    await until(
      async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox'))[0].n === 0,
      30_000,
      'outbox did not drain after Meilisearch returned',
      100,
    );
    await expectIndexInStep(t, meili);
    const res = await t.gql('{ searchActivities(input: { text: "while down" }) { hits { activity { id title } } } }');
    expect(res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id).sort()).toEqual([f.ids.walking, added].sort());
  });

  it('delivers each change once with two relays running at once', async () => {
    const second = await startTestApp({ meiliHost: engine.host, meiliApiKey: engine.apiKey, runRelay: false, reuseDatabaseOf: t });
    try {
      const admin = await adminToken(t);
      const [{ id: orgId }] = await t.dataSource.query(`SELECT id FROM organisations ORDER BY name LIMIT 1`);
      await t.app.get(OutboxRelay).stop();
      for (let i = 0; i < 40; i++) await createActivity(t, admin, { organisationId: orgId, title: `Concurrent ${i}` });
      const [{ n: rows }] = await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox');
      const [a, b] = await Promise.all([t.app.get(OutboxRelay).drain(), second.app.get(OutboxRelay).drain()]);
      expect(a + b).toBe(rows);
      await expectIndexInStep(t, meili);
    } finally {
      await second.close();
      t.app.get(OutboxRelay).start();
    }
  });

  it('writes a new listing once: it takes its search version as it is inserted, not by rewriting its row', async () => {
    const admin = await adminToken(t);
    const orgId = await createOrganisation(t, admin, 'Written Once Group');
    const listener = new Client({ connectionString: t.databaseUrl });
    const notices: string[] = [];
    await listener.connect();
    try {
      listener.on('notification', (n) => notices.push(n.payload ?? ''));
      await listener.query('LISTEN directory_changed'); // announces every UPDATE of a listing (migration 0020)
      const before = Number((await t.dataSource.query('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM search_version_seq'))[0].v);
      const id = await createActivity(t, admin, { organisationId: orgId, title: 'Written once' });
      await t.flushSearch();
      await new Promise((r) => setTimeout(r, 200)); // any notice of the commit has arrived by now
      expect(notices.filter((n) => n.includes(id))).toEqual([]);
      const [{ version }] = await t.dataSource.query('SELECT search_version AS version FROM activities WHERE id = $1', [id]);
      expect(Number(version)).toBeGreaterThan(before);
      await expectIndexInStep(t, meili);
    } finally {
      await listener.end();
    }
  });

  it('reconcile finds and repairs missing, stale and orphaned documents', async () => {
    const ids: { id: string }[] = await t.dataSource.query('SELECT id FROM activities ORDER BY id LIMIT 2');
    await meili.waitForTask((await meili.deleteDocuments(t.index, [ids[0].id])).taskUid);
    await meili.waitForTask(
      (
        await meili.addDocuments(t.index, [
          { id: ids[1].id, version: 1 },
          { id: '11111111-1111-4111-8111-111111111111', version: 1 },
        ])
      ).taskUid,
    );
    const report = await t.app.get(IndexMaintenance).reconcile();
    expect(report).toMatchObject({ missing: 1, stale: 1, orphaned: 1 });
    await t.flushSearch();
    await expectIndexInStep(t, meili);
  });

  it('rebuilds into a new index and swaps it in without a failed search', async () => {
    let searches = 0;
    let failures = 0;
    let running = true;
    const searching = (async () => {
      while (running) {
        const res = await t.gql('{ searchActivities(input: { assuredOnly: false, includeFull: true }) { total } }');
        searches += 1;
        if (res.errors || res.data.searchActivities.total === 0) failures += 1;
      }
    })();
    const result = await t.app.get(IndexMaintenance).rebuild();
    running = false;
    await searching;
    expect(searches).toBeGreaterThan(3);
    expect(failures).toBe(0);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM activities');
    expect(result.documents).toBe(n);
    await t.flushSearch();
    await expectIndexInStep(t, meili);
  });

  it('restarts Meilisearch when it dies', async () => {
    const runtime = JSON.parse(fs.readFileSync(path.join(dataDir, 'meilisearch', 'runtime.json'), 'utf8'));
    process.kill(runtime.pid, 'SIGKILL');
    const restarted = async () =>
      JSON.parse(fs.readFileSync(path.join(dataDir, 'meilisearch', 'runtime.json'), 'utf8')).pid !== runtime.pid &&
      (await meili.health().then(
        () => true,
        () => false,
      ));
    await until(restarted, 20_000, 'Meilisearch was not restarted', 100);
    const res = await t.gql('{ searchActivities(input: { assuredOnly: false }) { total } }');
    expect(res.data.searchActivities.total).toBeGreaterThan(0);
  });
});

describe('the outbox listener', () => {
  it('listens again after its connection is cut', async () => {
    const t = await startTestApp();
    try {
      const listeners = async (): Promise<number[]> =>
        (await t.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`)).map(
          (r: { pid: number }) => r.pid,
        );
      const deadline = Date.now() + 10_000;
      while (!(await listeners()).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const [first] = await listeners();
      expect(first).toBeDefined();
      await t.dataSource.query('SELECT pg_terminate_backend($1)', [first]); // as a restart or network fault would
      let again: number[] = [];
      while (Date.now() < deadline + 10_000) {
        again = (await listeners()).filter((pid) => pid !== first);
        if (again.length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(again).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

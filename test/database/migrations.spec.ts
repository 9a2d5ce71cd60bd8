import { pendingSchemaChanges } from '@app/database';
import { startTestApp, TestApp } from '../support/test-app';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('leave no drift between the entities and the database', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('seed the taxonomies with stable codes', async () => {
    const rows = await t.dataSource.query('SELECT kind, count(*)::int AS n FROM taxonomy_terms GROUP BY kind ORDER BY kind');
    expect(rows).toEqual([
      { kind: 'NEED', n: 15 },
      { kind: 'ACCESSIBILITY', n: 12 },
      { kind: 'CATEGORY', n: 11 },
    ]);
  });
});

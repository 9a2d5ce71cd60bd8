import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER, Progress } from '@app/common';
import { ADVISORY_LOCKS } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { ActivityDocuments } from '../index/activity-documents';
import { SearchIndex } from '../index/search-index';

const PAGE = 2000;

export interface ReconcileReport {
  checked: number;
  missing: number;
  stale: number;
  orphaned: number;
}

/**
 * Rebuild (a fresh index swapped in atomically) and reconcile (find and fix drift). Both hold one
 * advisory lock, so two runs — from the api's periodic job, the command line or another replica —
 * never interleave.
 */
@Injectable()
export class IndexMaintenance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: ActivityDocuments,
    private readonly index: SearchIndex,
    private readonly outbox: SearchOutbox,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Builds every document from PostgreSQL into a new index, swaps it with the live one (searches
   * keep answering from the old one until the swap), drops the old one, then reconciles to pick up
   * changes made while it ran.
   */
  async rebuild(options: { progress?: boolean } = {}): Promise<{ documents: number; reconcile: ReconcileReport }> {
    return this.withLock(async () => {
      const live = this.index.uid;
      const fresh = `${live}_rebuild_${Date.now()}`;
      await this.index.ensureReady(live);
      await this.index.ensureReady(fresh);
      const [{ n: total }] = await this.dataSource.query('SELECT count(*)::int AS n FROM activities');
      const progress = options.progress ? new Progress('rebuild', total) : undefined;
      let done = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM activities WHERE id > $1 ORDER BY id LIMIT $2', [after, PAGE]);
        if (!rows.length) break;
        const { documents } = await this.documents.build(rows.map((r) => r.id));
        await this.index.apply(documents, [], fresh);
        done += rows.length;
        after = rows[rows.length - 1].id;
        progress?.update(done);
      }
      progress?.update(total);
      await this.index.meili.waitForTask((await this.index.meili.swapIndexes(live, fresh)).taskUid);
      await this.index.meili.waitForTask((await this.index.meili.deleteIndex(fresh)).taskUid);
      this.logger.info({ documents: done }, 'search index rebuilt and swapped in');
      return { documents: done, reconcile: await this.reconcileUnlocked() };
    });
  }

  /** Compares ids and versions between PostgreSQL and the index, and repairs every difference. */
  reconcile(): Promise<ReconcileReport> {
    return this.withLock(() => this.reconcileUnlocked());
  }

  private async reconcileUnlocked(): Promise<ReconcileReport> {
    const indexed = new Map<string, number>();
    for (let offset = 0; ; offset += 10_000) {
      const page = await this.index.meili.getDocuments<{ id: string; version: number }>(this.index.uid, { fields: ['id', 'version'], limit: 10_000, offset });
      for (const d of page.results) indexed.set(d.id, d.version);
      if (page.results.length < 10_000) break;
    }
    const rows: { id: string; version: string }[] = await this.dataSource.query(
      `SELECT a.id, a.search_version AS version FROM activities a
        WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.activity_id = a.id)`,
    );
    const pending = new Set<string>(
      (await this.dataSource.query('SELECT DISTINCT activity_id FROM search_outbox')).map((r: { activity_id: string }) => r.activity_id),
    );
    const missing: string[] = [];
    const stale: string[] = [];
    for (const row of rows) {
      const version = indexed.get(row.id);
      if (version === undefined) missing.push(row.id);
      else if (version !== Number(row.version)) stale.push(row.id);
    }
    const known = new Set([...rows.map((r) => r.id), ...pending]);
    const orphaned = [...indexed.keys()].filter((id) => !known.has(id));
    // Repairs go through the outbox like any change, so the relay's ordering rules still hold.
    if (missing.length || stale.length) {
      await this.outbox.activitiesChanged([...missing, ...stale]);
    }
    if (orphaned.length) await this.index.apply([], orphaned);
    const report = { checked: rows.length, missing: missing.length, stale: stale.length, orphaned: orphaned.length };
    if (missing.length || stale.length || orphaned.length) this.logger.warn(report, 'search index drift repaired');
    return report;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.indexMaintenance]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.indexMaintenance]).catch(() => undefined);
      await runner.release();
    }
  }
}

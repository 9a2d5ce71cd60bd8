import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER, sleep } from '@app/common';
import { ADVISORY_LOCKS, PgListener } from '@app/database';
import { OUTBOX_CHANNEL } from '@app/outbox';
import { ActivityDocuments } from '../index/activity-documents';
import { SearchIndex } from '../index/search-index';

export const RELAY_SETTINGS = Symbol('RELAY_SETTINGS');
export interface RelaySettings {
  intervalMs: number;
  batchSize: number;
  /** Batches in flight at once per replica; Meilisearch merges consecutive ones. */
  concurrency: number;
}

const LEASE_SECONDS = 120;

interface Claimed {
  id: string;
  activity_id: string;
  attempts: number;
}

/**
 * Sends outbox rows to Meilisearch. A row is removed only after Meilisearch reports its task
 * succeeded; on failure it is retried with exponential backoff. Claims are leases taken under an
 * advisory lock, and a row is never claimed while another row for the same activity is in flight,
 * so with any number of relays (replicas) an older document can never overwrite a newer one.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private running = false;
  private workers: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private wokenWhileBusy = false;
  private listener?: PgListener;

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: ActivityDocuments,
    private readonly index: SearchIndex,
    @Inject(RELAY_SETTINGS) private readonly settings: RelaySettings,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.workers = Array.from({ length: this.settings.concurrency }, (_, worker) => this.loop(worker));
    // Commits that queue rows notify us, so a change is sent at once rather than at the next poll.
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    this.listener = new PgListener(
      url,
      OUTBOX_CHANNEL,
      {
        // One worker per commit: waking all of them cost a claim transaction each for nothing.
        notification: () => this.wakeOne(),
        listening: () => this.wakeAll(), // catch anything committed while we were not listening (every worker polls meanwhile)
      },
      this.logger,
    );
    this.listener.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeAll();
    await Promise.all(this.workers);
    this.workers = [];
    await this.listener?.stop();
    this.listener = undefined;
  }

  /** For tests: the listener's connection, to cut it as a network fault would. */
  get listenerConnection(): Client | undefined {
    return this.listener?.connection;
  }

  private wakeOne(): void {
    const [wake] = this.sleepers;
    if (wake) wake();
    else this.wokenWhileBusy = true; // every worker is mid-batch: the next to finish looks again
  }

  private wakeAll(): void {
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Sends everything pending now (used by commands and tests); returns how many rows were sent. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.relayBatch();
      if (sent === 0 && (await this.backlog()).ready === 0) return total;
      total += sent;
      if (sent === 0) await sleep(20);
    }
  }

  async backlog(): Promise<{ pending: number; ready: number; failing: number; oldestSeconds: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              count(*) FILTER (WHERE next_attempt_at <= now())::int AS ready,
              count(*) FILTER (WHERE attempts > 1 AND last_error IS NOT NULL)::int AS failing,
              extract(epoch FROM now() - min(enqueued_at))::float AS oldest
         FROM search_outbox`,
    );
    return { pending: row.pending, ready: row.ready, failing: row.failing, oldestSeconds: row.oldest === null ? null : Math.round(row.oldest) };
  }

  /** Worker 0 also polls (for retries due, and while not listening); the others wait to be woken. */
  private async loop(worker: number): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const sent = await this.relayBatch();
        failures = 0;
        if (sent >= this.settings.batchSize) this.wakeOne(); // a backlog: share it
        if (sent > 0) continue;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 50 === 0) this.logger.warn({ err: error, failures }, 'outbox relay could not reach the database');
      }
      if (!this.running) break; // stopped while this batch was out: nothing will wake a worker without a timer
      if (this.wokenWhileBusy) {
        this.wokenWhileBusy = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.sleepers.delete(wake);
          resolve();
        };
        const timer = worker === 0 || !this.listener?.connection ? setTimeout(wake, this.settings.intervalMs) : undefined;
        this.sleepers.add(wake);
      });
    }
  }

  /** One claim → build → send → wait → acknowledge cycle. Returns how many rows it delivered. */
  private async relayBatch(): Promise<number> {
    const claimed = await this.claim();
    if (!claimed.length) return 0;
    const rowIds = claimed.map((c) => c.id);
    try {
      const activityIds = [...new Set(claimed.map((c) => c.activity_id))];
      const { documents, gone } = await this.documents.build(activityIds);
      await this.index.apply(documents, gone);
      await this.dataSource.query('DELETE FROM search_outbox WHERE id = ANY($1::bigint[])', [rowIds]);
      return claimed.length;
    } catch (error) {
      const attempts = Math.max(...claimed.map((c) => c.attempts));
      const backoffSeconds = Math.min(2 ** Math.min(attempts, 10) * 0.25, 60);
      this.logger.warn(
        { err: (error as Error).message, rows: rowIds.length, attempts, retryInSeconds: backoffSeconds },
        'search index update failed; will retry',
      );
      await this.dataSource
        .query(
          `UPDATE search_outbox SET locked_until = NULL, last_error = $2,
                  next_attempt_at = now() + make_interval(secs => $3)
            WHERE id = ANY($1::bigint[])`,
          [rowIds, String((error as Error).message).slice(0, 1000), backoffSeconds],
        )
        .catch(() => undefined); // the lease expires anyway
      return 0;
    }
  }

  /** Leases up to a batch of rows, under the claim lock, in one statement (see migration 0021). */
  private claim(): Promise<Claimed[]> {
    return this.dataSource.query('SELECT id, activity_id, attempts FROM claim_search_outbox($1, $2, $3)', [
      ADVISORY_LOCKS.outboxClaim,
      this.settings.batchSize,
      LEASE_SECONDS,
    ]);
  }
}

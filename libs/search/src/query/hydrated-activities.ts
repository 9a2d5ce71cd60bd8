import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@app/common';
import { PgListener, Transactions } from '@app/database';
import { ActivitiesService, ActivityEntity } from '@app/directory';

/** Where PostgreSQL announces committed changes to listings, organisations and venues (migration 0020). */
export const DIRECTORY_CHANNEL = 'directory_changed';
const KEPT_AT_MOST = 10_000;

/**
 * The listings search shows, with their organisations and venues, kept between searches: reading a
 * page's rows from PostgreSQL was a fifth of the api's work per search. Every committed change to
 * those tables, whoever wrote it, is announced and drops the copies it touches. While the
 * announcements cannot be heard (no connection yet, or it was lost), nothing is kept or used.
 */
@Injectable()
export class HydratedActivities implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly kept = new LRUCache<string, ActivityEntity>({ max: KEPT_AT_MOST });
  /** Counts changes heard: rows read while one arrived may predate it, so they are not kept. */
  private changesHeard = 0;
  private listening = false;
  private listener?: PgListener;

  constructor(
    private readonly activities: ActivitiesService,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    this.listener = new PgListener(
      url,
      DIRECTORY_CHANNEL,
      {
        notification: (payload) => this.changed(payload),
        listening: () => this.forgetAll(true),
        lost: () => this.forgetAll(false),
      },
      this.logger,
    );
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    this.forgetAll(false);
  }

  /** The activities with these ids (those that still exist), in no particular order. */
  async findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    // A transaction sees its own writes, which no copy holds.
    if (!this.listening || this.transactions.isTransactionActive()) return this.activities.findByIds(ids);
    const found: ActivityEntity[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const kept = this.kept.get(id);
      if (kept) found.push(kept);
      else missing.push(id);
    }
    if (!missing.length) return found;
    const heardBefore = this.changesHeard;
    const loaded = await this.activities.findByIds(missing);
    if (this.listening && this.changesHeard === heardBefore) for (const activity of loaded) this.kept.set(activity.id, activity);
    return [...found, ...loaded];
  }

  /** For tests: the listener's connection, to cut it as a network fault would. */
  get listenerConnection() {
    return this.listener?.connection;
  }

  /** "<table> <id>,<id>…" or "<table> *". */
  private changed(payload: string): void {
    this.changesHeard++;
    const [table, list = '*'] = payload.split(' ');
    if (list === '*') return this.kept.clear();
    const ids = new Set(list.split(','));
    if (table === 'activities') {
      for (const id of ids) this.kept.delete(id);
      return;
    }
    const heldBy = (a: ActivityEntity) => (table === 'organisations' ? a.organisationId : a.venueId);
    const touched = [...this.kept.entries()].filter(([, activity]) => ids.has(heldBy(activity) ?? '')).map(([id]) => id);
    for (const id of touched) this.kept.delete(id);
  }

  private forgetAll(listening: boolean): void {
    this.changesHeard++;
    this.listening = listening;
    this.kept.clear();
  }
}

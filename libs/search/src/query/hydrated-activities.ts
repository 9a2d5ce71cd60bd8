import { Injectable, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Transactions } from '@app/database';
import { ActivitiesService, ActivityEntity } from '@app/directory';
import { DirectoryChanges, DirectoryTable } from './directory-changes';

const KEPT_AT_MOST = 10_000;

/**
 * The listings search shows, with their organisations and venues, kept between searches: reading a
 * page's rows from PostgreSQL was a fifth of the api's work per search. Every committed change to
 * those tables, whoever wrote it, is announced and drops the copies it touches. While the
 * announcements cannot be heard (no connection yet, or it was lost), nothing is kept or used.
 */
@Injectable()
export class HydratedActivities implements OnModuleInit {
  private readonly kept = new LRUCache<string, ActivityEntity>({ max: KEPT_AT_MOST });
  /** Counts changes heard: rows read while one arrived may predate it, so they are not kept. */
  private changesHeard = 0;
  private listening = false;

  constructor(
    private readonly activities: ActivitiesService,
    private readonly transactions: Transactions,
    private readonly changes: DirectoryChanges,
  ) {}

  onModuleInit(): void {
    this.changes.subscribe({
      changed: (table, ids, added) => {
        if (!added) this.changed(table, ids); // no copy holds a row just added
      },
      listening: () => this.forgetAll(true),
      lost: () => this.forgetAll(false),
    });
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

  private changed(table: DirectoryTable, ids: Set<string> | '*'): void {
    this.changesHeard++;
    if (ids === '*') return this.kept.clear();
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

import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

/** Channel the relays LISTEN on: PostgreSQL delivers the notification when the writer commits. */
export const OUTBOX_CHANNEL = 'search_outbox';

/**
 * Records, inside the current transaction, that activities' search documents must be resent.
 * Each call also gives the activities a new search version (one sequence for all), so the index can
 * tell a newer document from an older one. Commit and outbox row stand or fall together.
 */
@Injectable()
export class SearchOutbox {
  constructor(private readonly transactions: Transactions) {}

  async activitiesChanged(activityIds: readonly string[]): Promise<void> {
    if (activityIds.length) await this.enqueue('id = ANY($1::uuid[])', activityIds);
  }

  /**
   * Activities inserted in the current transaction: they took a new search version as they were
   * written (the column's default), so they are only queued, not rewritten.
   */
  async activitiesAdded(activityIds: readonly string[]): Promise<void> {
    if (!activityIds.length) return;
    await this.transactions.tx.query(
      `WITH queued AS (INSERT INTO search_outbox (activity_id) SELECT unnest($1::uuid[]) RETURNING 1)
       SELECT pg_notify('${OUTBOX_CHANNEL}', '') WHERE EXISTS (SELECT 1 FROM queued)`,
      [activityIds],
    );
  }

  /** Something every activity of an organisation shows changed (its name, its assurance status). */
  organisationChanged(organisationId: string): Promise<void> {
    return this.enqueue('organisation_id = $1', organisationId);
  }

  /** A venue's place or accessibility changed: every activity held there shows it. */
  venueChanged(venueId: string): Promise<void> {
    return this.enqueue('venue_id = $1', venueId);
  }

  venuesChanged(venueIds: readonly string[]): Promise<void> {
    return this.enqueue('venue_id = ANY($1::uuid[])', venueIds);
  }

  private async enqueue(where: string, parameter: unknown): Promise<void> {
    await this.transactions.tx.query(
      `WITH bumped AS (
         UPDATE activities SET search_version = nextval('search_version_seq') WHERE ${where} RETURNING id
       ), queued AS (
         INSERT INTO search_outbox (activity_id) SELECT id FROM bumped RETURNING 1
       )
       SELECT pg_notify('${OUTBOX_CHANNEL}', '') WHERE EXISTS (SELECT 1 FROM queued)`,
      [parameter],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Channel the relays LISTEN on: PostgreSQL delivers the notification when the writer commits. */
export const OUTBOX_CHANNEL = 'search_outbox';

/**
 * Records, inside the caller's transaction, that activities' search documents must be resent.
 * Each call also gives the activities a new search version (one sequence for all), so the index can
 * tell a newer document from an older one. Commit and outbox row stand or fall together.
 */
@Injectable()
export class SearchOutbox {
  async activitiesChanged(em: EntityManager, activityIds: readonly string[]): Promise<void> {
    if (activityIds.length) await this.enqueue(em, 'id = ANY($1::uuid[])', activityIds);
  }

  /** Something every activity of an organisation shows changed (its name, its assurance status). */
  organisationChanged(em: EntityManager, organisationId: string): Promise<void> {
    return this.enqueue(em, 'organisation_id = $1', organisationId);
  }

  /** A venue's place or accessibility changed: every activity held there shows it. */
  venueChanged(em: EntityManager, venueId: string): Promise<void> {
    return this.enqueue(em, 'venue_id = $1', venueId);
  }

  private async enqueue(em: EntityManager, where: string, parameter: unknown): Promise<void> {
    await em.query(
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

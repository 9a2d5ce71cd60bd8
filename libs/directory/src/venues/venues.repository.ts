import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Transactions } from '@app/database';
import { VenueEntity } from './venue.entity';

export interface VenueOwner {
  organisationId: string;
  archived: boolean;
}

@Injectable()
export class VenuesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.tx.getRepository(VenueEntity);
  }

  findById(id: string): Promise<VenueEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** venue id → its organisation and whether it is archived, for the ids that exist. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, VenueOwner>> {
    if (!ids.length) return new Map();
    const rows: { id: string; organisation_id: string; archived: boolean }[] = await this.transactions.tx.query(
      'SELECT id, organisation_id, archived_at IS NOT NULL AS archived FROM venues WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { organisationId: r.organisation_id, archived: r.archived }]));
  }

  lockById(id: string): Promise<VenueEntity | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Titles of the activities held at the venue that are not closed. */
  async openActivityTitles(id: string): Promise<string[]> {
    const rows: { title: string }[] = await this.transactions.tx.query(
      `SELECT title FROM activities WHERE venue_id = $1 AND status <> 'CLOSED' ORDER BY title`,
      [id],
    );
    return rows.map((r) => r.title);
  }

  /** By name; archived venues only when asked for. */
  forOrganisation(organisationId: string, includeArchived = false): Promise<VenueEntity[]> {
    return this.repo.find({ where: { organisationId, ...(includeArchived ? {} : { archivedAt: IsNull() }) }, order: { name: 'ASC' } });
  }

  /** Inserts a new venue, or writes the changes of a loaded one. */
  save(values: Partial<VenueEntity>): Promise<VenueEntity> {
    return this.repo.save(this.repo.create(values));
  }
}

import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { VenueEntity } from './venue.entity';

@Injectable()
export class VenuesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.tx.getRepository(VenueEntity);
  }

  findById(id: string): Promise<VenueEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** venue id → owning organisation id, for the ids that exist. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; organisation_id: string }[] = await this.transactions.tx.query(
      'SELECT id, organisation_id FROM venues WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.organisation_id]));
  }

  forOrganisation(organisationId: string): Promise<VenueEntity[]> {
    return this.repo.find({ where: { organisationId }, order: { name: 'ASC' } });
  }

  /** Inserts a new venue, or writes the changes of a loaded one. */
  save(values: Partial<VenueEntity>): Promise<VenueEntity> {
    return this.repo.save(this.repo.create(values));
  }
}

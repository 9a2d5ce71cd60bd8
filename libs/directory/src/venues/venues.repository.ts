import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { VenueEntity } from './venue.entity';

@Injectable()
export class VenuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<VenueEntity | null> {
    return em.getRepository(VenueEntity).findOneBy({ id });
  }

  /** venue id → owning organisation id, for the ids that exist. */
  async ownersOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; organisation_id: string }[] = await em.query('SELECT id, organisation_id FROM venues WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.organisation_id]));
  }

  forOrganisation(organisationId: string): Promise<VenueEntity[]> {
    return this.dataSource.getRepository(VenueEntity).find({ where: { organisationId }, order: { name: 'ASC' } });
  }

  /** Inserts a new venue, or writes the changes of a loaded one. */
  save(em: EntityManager, values: Partial<VenueEntity>): Promise<VenueEntity> {
    const repo = em.getRepository(VenueEntity);
    return repo.save(repo.create(values));
  }
}

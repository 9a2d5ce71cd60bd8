import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { VenueEntity } from './venue.entity';

@Injectable()
export class VenuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<VenueEntity | null> {
    return em.getRepository(VenueEntity).findOneBy({ id });
  }

  forOrganisation(organisationId: string): Promise<VenueEntity[]> {
    return this.dataSource.getRepository(VenueEntity).find({ where: { organisationId }, order: { name: 'ASC' } });
  }

  insert(em: EntityManager, values: Partial<VenueEntity>): Promise<VenueEntity> {
    const repo = em.getRepository(VenueEntity);
    return repo.save(repo.create(values));
  }
}

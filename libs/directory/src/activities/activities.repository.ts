import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActivityStatus } from './activity-enums';
import { ActivityEntity } from './activity.entity';

@Injectable()
export class ActivitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One activity with its organisation and venue, in one query. */
  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<ActivityEntity | null> {
    return em.getRepository(ActivityEntity).findOne({ where: { id }, relations: { organisation: true, venue: true } });
  }

  lockById(em: EntityManager, id: string): Promise<ActivityEntity | null> {
    return em.getRepository(ActivityEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Many activities with their organisations and venues in one query, in no particular order. */
  findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ActivityEntity).find({ where: { id: In([...ids]) }, relations: { organisation: true, venue: true } });
  }

  forOrganisation(organisationId: string, onlyActive: boolean): Promise<ActivityEntity[]> {
    return this.dataSource.getRepository(ActivityEntity).find({
      where: { organisationId, ...(onlyActive ? { status: ActivityStatus.ACTIVE } : {}) },
      relations: { venue: true },
      order: { title: 'ASC' },
    });
  }

  save(em: EntityManager, entity: ActivityEntity): Promise<ActivityEntity> {
    return em.getRepository(ActivityEntity).save(entity);
  }

  create(em: EntityManager, values: Partial<ActivityEntity>): ActivityEntity {
    return em.getRepository(ActivityEntity).create(values);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActivityStatus } from '../activities/activity-enums';
import { ActivityEntity } from '../activities/activity.entity';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<OrganisationEntity | null> {
    return em.getRepository(OrganisationEntity).findOneBy({ id });
  }

  async existingIds(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await em.query('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  lockById(em: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return em.getRepository(OrganisationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async hasActiveActivity(id: string): Promise<boolean> {
    return (await this.dataSource.getRepository(ActivityEntity).countBy({ organisationId: id, status: ActivityStatus.ACTIVE })) > 0;
  }

  findByIds(ids: string[]): Promise<OrganisationEntity[]> {
    return ids.length ? this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  save(em: EntityManager, entity: OrganisationEntity): Promise<OrganisationEntity> {
    return em.getRepository(OrganisationEntity).save(entity);
  }

  create(em: EntityManager, values: Partial<OrganisationEntity>): OrganisationEntity {
    return em.getRepository(OrganisationEntity).create(values);
  }
}

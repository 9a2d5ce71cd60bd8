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

  /** Organisations a user is a member of, by name. */
  forMember(userId: string): Promise<OrganisationEntity[]> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .innerJoin('organisation_members', 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId })
      .orderBy('o.name')
      .getMany();
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

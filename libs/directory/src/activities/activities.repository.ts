import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { insertRows, rowToEntity, selectColumns } from '@app/common';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';
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

  /**
   * Many activities with their organisations and venues in one query, in no particular order.
   * Search hydrates every page through here, so it skips TypeORM's (slower) entity transformer.
   */
  async findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    if (!ids.length) return [];
    const ds = this.dataSource;
    const rows: Record<string, unknown>[] = await ds.query(
      `SELECT ${selectColumns(ds, ActivityEntity, 'a', 'a_')}, ${selectColumns(ds, OrganisationEntity, 'o', 'o_')}, ${selectColumns(ds, VenueEntity, 'v', 'v_')}
         FROM activities a
         JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN venues v ON v.id = a.venue_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => {
      const activity = rowToEntity(ds, ActivityEntity, row, 'a_')!;
      activity.organisation = rowToEntity(ds, OrganisationEntity, row, 'o_')!;
      activity.venue = rowToEntity(ds, VenueEntity, row, 'v_');
      return activity;
    });
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

  /** Bulk insert in one statement; ids and timestamps are set here, so the entities are complete. */
  async insert(em: EntityManager, entities: ActivityEntity[], now: Date): Promise<void> {
    for (const e of entities) {
      e.id ??= randomUUID();
      e.createdAt ??= now;
      e.updatedAt ??= now;
      e.searchVersion ??= '0';
      e.lastVerifiedAt ??= null;
    }
    await insertRows(em, ActivityEntity, entities);
  }

  create(em: EntityManager, values: Partial<ActivityEntity>): ActivityEntity {
    return em.getRepository(ActivityEntity).create(values);
  }
}

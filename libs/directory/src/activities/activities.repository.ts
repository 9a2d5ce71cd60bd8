import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { insertRows, preparedQuery, rowToEntity, selectColumns } from '@app/common';
import { Transactions } from '@app/database';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';
import { ActivityStatus } from './activity-enums';
import { ActivityEntity } from './activity.entity';
import { averageSessionsPerMonth } from './schedule-rules';

export interface ListingCounts {
  active: number;
  paused: number;
  closed: number;
  full: number;
  toConfirm: number;
}

@Injectable()
export class ActivitiesRepository {
  private hydrationQuery?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  private get repo() {
    return this.transactions.tx.getRepository(ActivityEntity);
  }

  /** One activity with its organisation and venue, in one query. */
  async findById(id: string): Promise<ActivityEntity | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  lockById(id: string): Promise<ActivityEntity | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Many activities with their organisations and venues in one query, in no particular order (as
   * the current transaction sees them, when there is one). Search hydrates every page through here,
   * so it skips TypeORM's (slower) entity transformer and, outside a transaction, is a prepared statement.
   */
  async findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    if (!ids.length) return [];
    const ds = this.dataSource;
    this.hydrationQuery ??= `SELECT ${selectColumns(ds, ActivityEntity, 'a', 'a_')}, ${selectColumns(ds, OrganisationEntity, 'o', 'o_')}, ${selectColumns(ds, VenueEntity, 'v', 'v_')}
         FROM activities a
         JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN venues v ON v.id = a.venue_id
        WHERE a.id = ANY($1::uuid[])`;
    const rows: Record<string, unknown>[] = this.transactions.isTransactionActive()
      ? await this.transactions.tx.query(this.hydrationQuery, [ids])
      : await preparedQuery(ds, 'activities_by_ids', this.hydrationQuery, [ids]);
    return rows.map((row) => {
      const activity = rowToEntity(ds, ActivityEntity, row, 'a_')!;
      activity.organisation = rowToEntity(ds, OrganisationEntity, row, 'o_')!;
      activity.venue = rowToEntity(ds, VenueEntity, row, 'v_');
      return activity;
    });
  }

  forOrganisation(organisationId: string, onlyActive: boolean): Promise<ActivityEntity[]> {
    return this.repo.find({
      where: { organisationId, ...(onlyActive ? { status: ActivityStatus.ACTIVE } : {}) },
      relations: { venue: true },
      order: { title: 'ASC' },
    });
  }

  /** How many of the organisation's listings are in each state, and how many open ones were last confirmed before a moment. */
  async listingCounts(organisationId: string, confirmedBefore: Date): Promise<ListingCounts> {
    const [row]: ListingCounts[] = await this.transactions.tx.query(
      `SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
              count(*) FILTER (WHERE status = 'PAUSED')::int AS paused,
              count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE status = 'ACTIVE' AND spaces_available = 0 AND waiting_list IS NULL)::int AS full,
              count(*) FILTER (WHERE status <> 'CLOSED' AND (last_verified_at IS NULL OR last_verified_at < $2))::int AS "toConfirm"
         FROM activities WHERE organisation_id = $1`,
      [organisationId, confirmedBefore],
    );
    return row;
  }

  /** Marks the organisation's open listings (or only these of them) verified; returns their ids. */
  async markVerified(organisationId: string, at: Date, only?: readonly string[]): Promise<string[]> {
    // An UPDATE answers [rows, count].
    const [rows]: [{ id: string }[], number] = await this.transactions.tx.query(
      `UPDATE activities SET last_verified_at = $2, updated_at = now()
        WHERE organisation_id = $1 AND status <> 'CLOSED' AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[])) RETURNING id`,
      [organisationId, at, only ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Paused listings due back by the day become ACTIVE; returns their ids. */
  async resumeDue(today: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.transactions.tx.query(
      `UPDATE activities SET status = 'ACTIVE', paused_reason = NULL, resumes_on = NULL, updated_at = now()
        WHERE status = 'PAUSED' AND resumes_on <= $1::date RETURNING id`,
      [today],
    );
    return rows.map((r) => r.id);
  }

  async setSpacesAvailable(id: string, spaces: number): Promise<void> {
    await this.repo.update({ id }, { spacesAvailable: spaces });
  }

  /** Places the organisation's active activities offer in an average month (places × sessions a month). */
  async placesPerMonth(organisationId: string): Promise<number> {
    const rows = await this.repo.find({
      where: { organisationId, status: ActivityStatus.ACTIVE },
      select: { id: true, placesPerSession: true, schedule: true },
    });
    return rows.reduce((total, a) => total + (a.placesPerSession ?? 0) * averageSessionsPerMonth(a.schedule), 0);
  }

  save(entity: ActivityEntity): Promise<ActivityEntity> {
    return this.repo.save(entity);
  }

  /** Bulk insert in one statement; ids and timestamps are set here, the search version by the database (its sequence). */
  async insert(entities: ActivityEntity[], now: Date): Promise<void> {
    for (const e of entities) {
      e.id ??= randomUUID();
      e.createdAt ??= now;
      e.updatedAt ??= now;
      e.lastVerifiedAt ??= null;
    }
    await insertRows(this.transactions.tx, ActivityEntity, entities);
  }

  /** A new entity holding these values: a plain assignment, as TypeORM's transformer cost ~10 µs each in bulk inserts. */
  create(values: Partial<ActivityEntity>): ActivityEntity {
    return Object.assign(new ActivityEntity(), values);
  }
}

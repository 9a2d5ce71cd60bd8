import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { OrukPublication } from './publication';

/** The ORUK services filters, already validated; all of them hold at once. */
export interface ServiceFilter {
  organisationId?: string;
  /** ISO timestamp */
  modifiedAfter?: string;
  /** Services open to people of at least this age… */
  minimumAge?: number;
  /** …and of at most this age. */
  maximumAge?: number;
  /** One of our taxonomy terms, by its kind (NEED, CATEGORY, ACCESSIBILITY, DELIVERY_MODE) and code. */
  term?: { kind: string; code: string };
  /** Has some term of this taxonomy. */
  taxonomyKind?: string;
  /** A session on this day (MONDAY…), starting no earlier and ending no later than these times. */
  session?: { day?: string; startTime?: string; endTime?: string };
  /** Only these activities (the matches of a text or proximity search). */
  ids?: string[];
  /** Only activities held at a venue. */
  atVenue?: boolean;
}

const TERM_MATCH: Record<string, string> = {
  NEED: '? = ANY(a.needs)',
  CATEGORY: 'a.category = ?',
  // The activity's own features together with its venue's, as everywhere else.
  ACCESSIBILITY: "? = ANY(a.accessibility || coalesce((SELECT v.accessibility FROM venues v WHERE v.id = a.venue_id), '{}'))",
  DELIVERY_MODE: 'a.delivery_mode = upper(?)::delivery_mode',
};

const HAS_TERM: Record<string, string> = {
  NEED: 'cardinality(a.needs) > 0',
  CATEGORY: 'a.category IS NOT NULL',
  ACCESSIBILITY: 'cardinality(a.accessibility) > 0',
  DELIVERY_MODE: 'TRUE',
};

/** Activities with their organisations, which the publication rule reads. */
const ACTIVITIES = 'activities a JOIN organisations o ON o.id = a.organisation_id';

/** Pages of what the Open Referral UK API and export publish (OrukPublication decides what that is). */
@Injectable()
export class PublishedListingsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly publication: OrukPublication,
  ) {}

  /** Published activities matching the filter, by title: how many, and the ids on one page. */
  servicesPage(filter: ServiceFilter, page: number, perPage: number): Promise<{ total: number; ids: string[] }> {
    const params: unknown[] = [];
    const where = [this.publication.activityClause(params)];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.organisationId) add('a.organisation_id = ?', filter.organisationId);
    if (filter.modifiedAfter) add('a.updated_at > ?::timestamptz', filter.modifiedAfter);
    if (filter.minimumAge !== undefined) add('(a.maximum_age IS NULL OR a.maximum_age >= ?)', filter.minimumAge);
    if (filter.maximumAge !== undefined) add('(a.minimum_age IS NULL OR a.minimum_age <= ?)', filter.maximumAge);
    if (filter.term) add(TERM_MATCH[filter.term.kind], filter.term.code);
    if (filter.taxonomyKind) where.push(HAS_TERM[filter.taxonomyKind]);
    if (filter.session) {
      const conditions: string[] = [];
      for (const [value, sql] of [
        [filter.session.day, "s->>'day' = ?"],
        [filter.session.startTime, "s->>'startTime' >= ?"],
        [filter.session.endTime, "s->>'endTime' <= ?"],
      ] as const) {
        if (!value) continue;
        params.push(value);
        conditions.push(sql.replace('?', `$${params.length}`));
      }
      if (conditions.length) where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(a.schedule) s WHERE ${conditions.join(' AND ')})`);
    }
    if (filter.ids) add('a.id = ANY(?::uuid[])', filter.ids);
    if (filter.atVenue) where.push('a.venue_id IS NOT NULL');
    return this.page({ id: 'a.id', from: ACTIVITIES, where: where.join(' AND '), orderBy: 'a.title, a.id' }, params, page, perPage);
  }

  /** Published organisations, by name. */
  organisationsPage(page: number, perPage: number): Promise<{ total: number; ids: string[] }> {
    const params: unknown[] = [];
    const where = this.publication.organisationClause(params);
    return this.page({ id: 'o.id', from: 'organisations o', where, orderBy: 'o.name, o.id' }, params, page, perPage);
  }

  /** How many activities are published. */
  async countServices(): Promise<number> {
    const params: unknown[] = [];
    const [{ total }]: { total: number }[] = await this.transactions.tx.query(
      `SELECT count(*)::int AS total FROM ${ACTIVITIES} WHERE ${this.publication.activityClause(params)}`,
      params,
    );
    return total;
  }

  /** The next published activity ids after one, in id order: keyset paging that is stable while listings change. */
  async serviceIdsAfter(after: string, limit: number): Promise<string[]> {
    const params: unknown[] = [];
    const where = this.publication.activityClause(params);
    params.push(after, limit);
    const rows: { id: string }[] = await this.transactions.tx.query(
      `SELECT a.id FROM ${ACTIVITIES} WHERE ${where} AND a.id > $${params.length - 1} ORDER BY a.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  private async page(
    q: { id: string; from: string; where: string; orderBy: string },
    params: unknown[],
    page: number,
    perPage: number,
  ): Promise<{ total: number; ids: string[] }> {
    const tx = this.transactions.tx;
    const [{ total }]: { total: number }[] = await tx.query(`SELECT count(*)::int AS total FROM ${q.from} WHERE ${q.where}`, params);
    const rows: { id: string }[] = await tx.query(
      `SELECT ${q.id} AS id FROM ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
      params,
    );
    return { total, ids: rows.map((r) => r.id) };
  }
}

import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { UsageGrouping } from '../usage-enums';
import { BAND_COLUMN, EquityBand, NOT_RECORDED } from '../wellbeing/equity-bands';

/** SQL for each usage grouping: the key and label of a connection's row, and of an attendance return's. */
const USAGE_KEYS: Record<UsageGrouping, { connection: string; label: string; attendance: string }> = {
  [UsageGrouping.ORGANISATION]: { connection: 'c.organisation_id::text', label: 'o.name', attendance: 'r.organisation_id::text' },
  [UsageGrouping.ACTIVITY]: { connection: 'c.activity_id::text', label: 'a.title', attendance: 'r.activity_id::text' },
  [UsageGrouping.NEED]: { connection: 'need', label: 'need', attendance: 'need' },
  [UsageGrouping.OUTCODE]: { connection: "coalesce(v.outcode, 'REMOTE')", label: "coalesce(v.outcode, 'REMOTE')", attendance: "coalesce(v.outcode, 'REMOTE')" },
  [UsageGrouping.MONTH]: { connection: "to_char(c.created_at, 'YYYY-MM')", label: "to_char(c.created_at, 'YYYY-MM')", attendance: 'r.month' },
};

export interface DayRange {
  from: string;
  to: string;
  /** Only this need (a taxonomy code). */
  need?: string | null;
  /** Only this outward code, or postcode area when letters only. */
  area?: string | null;
}

/** SQL true when `outcode` lies in the area parameter (or there is none). */
const inArea = (outcode: string, param: string) => `(${param}::text IS NULL OR ${outcode} = ${param} OR regexp_replace(${outcode}, '[0-9].*$', '') = ${param})`;
/** SQL true when the row is about the need parameter (or there is none): the unnested need when grouping by need. */
const aboutNeed = (needs: string, unnested: boolean, param: string) =>
  unnested ? `(${param}::text IS NULL OR need = ${param})` : `(${param}::text IS NULL OR ${param} = ANY(${needs}))`;

/** The counting queries behind the usage and demand reports; they read across features, and write nothing. */
@Injectable()
export class UsageFiguresRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Connections made in the range, by the grouping, in these organisations (or all). */
  connectionsBy(
    groupBy: UsageGrouping,
    range: DayRange,
    organisationIds: readonly string[] | null,
  ): Promise<{ key: string; label: string; connections: number; attended: number; did_not_attend: number; declined: number }[]> {
    const keys = USAGE_KEYS[groupBy];
    const needJoin = groupBy === UsageGrouping.NEED ? ', unnest(c.needs) AS need' : '';
    return this.transactions.tx.query(
      `SELECT ${keys.connection} AS key, min(${keys.label}) AS label, count(*)::int AS connections,
              count(*) FILTER (WHERE c.outcome = 'ATTENDED')::int AS attended,
              count(*) FILTER (WHERE c.outcome = 'DID_NOT_ATTEND')::int AS did_not_attend,
              count(*) FILTER (WHERE c.outcome = 'DECLINED')::int AS declined
         FROM connections c
         JOIN organisations o ON o.id = c.organisation_id
         JOIN activities a ON a.id = c.activity_id
         LEFT JOIN venues v ON v.id = a.venue_id ${needJoin}
        WHERE c.created_at >= $1::date AND c.created_at < ($2::date + 1)
          AND ($3::uuid[] IS NULL OR c.organisation_id = ANY($3::uuid[]))
          AND ${aboutNeed('c.needs', !!needJoin, '$4')} AND ${inArea('v.outcode', '$5')}
        GROUP BY 1`,
      [range.from, range.to, organisationIds, range.need ?? null, range.area ?? null],
    );
  }

  /** Attendances from current monthly returns whose month falls in the range, by the grouping. */
  attendancesBy(
    groupBy: UsageGrouping,
    range: DayRange,
    organisationIds: readonly string[] | null,
  ): Promise<{ key: string; label: string; attendances: number }[]> {
    const keys = USAGE_KEYS[groupBy];
    const needJoin = groupBy === UsageGrouping.NEED ? ', unnest(a.needs) AS need' : '';
    return this.transactions.tx.query(
      `SELECT ${keys.attendance} AS key, min(${groupBy === UsageGrouping.MONTH ? 'r.month' : keys.label}) AS label, sum(r.attendances)::int AS attendances
         FROM attendance_returns r
         JOIN organisations o ON o.id = r.organisation_id
         JOIN activities a ON a.id = r.activity_id
         LEFT JOIN venues v ON v.id = a.venue_id ${needJoin}
        WHERE r.superseded_at IS NULL AND r.month >= to_char($1::date, 'YYYY-MM') AND r.month <= to_char($2::date, 'YYYY-MM')
          AND ($3::uuid[] IS NULL OR r.organisation_id = ANY($3::uuid[]))
          AND ${aboutNeed('a.needs', !!needJoin, '$4')} AND ${inArea('v.outcode', '$5')}
        GROUP BY 1`,
      [range.from, range.to, organisationIds, range.need ?? null, range.area ?? null],
    );
  }

  /** Searches in the range (and those that found nothing), by need or by outcode. */
  searchesBy(byNeed: boolean, range: DayRange): Promise<{ key: string; searches: number; zero: number }[]> {
    return this.transactions.tx.query(
      `SELECT ${byNeed ? 'need' : 'd.outcode'} AS key, count(*)::int AS searches, count(*) FILTER (WHERE d.result_count = 0)::int AS zero
         FROM search_demand d ${byNeed ? ', unnest(d.needs) AS need' : ''}
        WHERE d.searched_at >= $1::date AND d.searched_at < ($2::date + 1) ${byNeed ? '' : 'AND d.outcode IS NOT NULL'}
          AND ${aboutNeed('d.needs', byNeed, '$3')} AND ${inArea('d.outcode', '$4')}
        GROUP BY 1`,
      [range.from, range.to, range.need ?? null, range.area ?? null],
    );
  }

  /** Active activities of organisations assured on the day, by need or by outcode. */
  async assuredActivitiesBy(byNeed: boolean, today: string): Promise<Map<string, number>> {
    const rows: { key: string; n: number }[] = await this.transactions.tx.query(
      `SELECT ${byNeed ? 'need' : 'v.outcode'} AS key, count(DISTINCT a.id)::int AS n
         FROM activities a JOIN organisations o ON o.id = a.organisation_id
         ${byNeed ? ', unnest(a.needs) AS need' : 'JOIN venues v ON v.id = a.venue_id'}
        WHERE a.status = 'ACTIVE' AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= $1::date)
        GROUP BY 1`,
      [today],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  }

  /** Open listings per organisation: how many were confirmed after `freshAfter` (FRESH), after `dueAfter` (DUE), or neither (STALE). */
  freshnessBy(freshAfter: Date, dueAfter: Date): Promise<{ key: string; label: string; listings: number; fresh: number; due: number; stale: number }[]> {
    return this.transactions.tx.query(
      `SELECT o.id::text AS key, o.name AS label, count(*)::int AS listings,
              count(*) FILTER (WHERE a.last_verified_at >= $1)::int AS fresh,
              count(*) FILTER (WHERE a.last_verified_at < $1 AND a.last_verified_at >= $2)::int AS due,
              count(*) FILTER (WHERE a.last_verified_at IS NULL OR a.last_verified_at < $2)::int AS stale
         FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.status <> 'CLOSED'
        GROUP BY o.id, o.name`,
      [freshAfter, dueAfter],
    );
  }

  /**
   * Connections made in the range, by the band each person gave at the first contact nearest their
   * first connection in the range (matched by link worker and person reference); without one, NOT_RECORDED.
   */
  connectionsByBand(band: EquityBand, range: DayRange): Promise<{ key: string; connections: number; attended: number; people: number }[]> {
    // Per person first (a person has one band in a report), then their nearest first contact.
    return this.transactions.tx.query(
      `WITH per AS (
         SELECT c.link_worker_id, c.person_ref_hash, min(c.created_at)::date AS first_on, count(*) AS connections,
                count(*) FILTER (WHERE c.outcome = 'ATTENDED') AS attended
           FROM connections c
           JOIN activities a ON a.id = c.activity_id
           LEFT JOIN venues v ON v.id = a.venue_id
          WHERE c.created_at >= $1::date AND c.created_at < ($2::date + 1)
            AND ${aboutNeed('c.needs', false, '$3')} AND ${inArea('v.outcode', '$4')}
          GROUP BY 1, 2),
       b AS (
         SELECT DISTINCT ON (per.link_worker_id, per.person_ref_hash) per.link_worker_id, per.person_ref_hash, r.${BAND_COLUMN[band]}::text AS value
           FROM per JOIN wellbeing_records r
             ON r.occasion = 'FIRST_CONTACT' AND r.link_worker_id = per.link_worker_id AND r.person_ref_hash = per.person_ref_hash
          ORDER BY per.link_worker_id, per.person_ref_hash, abs(r.recorded_on - per.first_on), r.recorded_on)
       SELECT COALESCE(b.value, '${NOT_RECORDED}') AS key, sum(per.connections)::int AS connections, sum(per.attended)::int AS attended,
              count(per.person_ref_hash)::int AS people
         FROM per LEFT JOIN b ON b.link_worker_id = per.link_worker_id AND b.person_ref_hash = per.person_ref_hash
        GROUP BY 1`,
      [range.from, range.to, range.need ?? null, range.area ?? null],
    );
  }

  /** The area's population in each value of the band, and where the figures came from; empty when none were loaded. */
  async areaPopulation(band: EquityBand): Promise<{ people: Map<string, number>; source: string | null }> {
    const rows: { value: string; people: number }[] = await this.transactions.tx.query('SELECT value, people FROM area_population WHERE band = $1', [band]);
    const [meta]: { value: string }[] = await this.transactions.tx.query("SELECT value FROM app_meta WHERE key = 'population.loaded'");
    return {
      people: new Map(rows.map((r) => [r.value, r.people])),
      source: rows.length && meta ? (JSON.parse(meta.value) as { source: string }).source : null,
    };
  }

  /**
   * Searches in the range from outward codes whose IMD decile is known, by need and by whether the
   * outward code is among the most deprived deciles: how many, how many found nothing, how many found few.
   */
  searchesByDeprivation(
    range: DayRange,
    mostDeprived: number,
    fewBelow: number,
  ): Promise<{ key: string; deprived: boolean; searches: number; none: number; few: number }[]> {
    return this.transactions.tx.query(
      `SELECT need AS key, od.decile <= $5 AS deprived, count(*)::int AS searches,
              count(*) FILTER (WHERE d.result_count = 0)::int AS none,
              count(*) FILTER (WHERE d.result_count > 0 AND d.result_count < $6)::int AS few
         FROM search_demand d JOIN outcode_deciles od ON od.outcode = d.outcode, unnest(d.needs) AS need
        WHERE d.searched_at >= $1::date AND d.searched_at < ($2::date + 1)
          AND ${aboutNeed('d.needs', true, '$3')} AND ${inArea('d.outcode', '$4')}
        GROUP BY 1, 2`,
      [range.from, range.to, range.need ?? null, range.area ?? null, mostDeprived, fewBelow],
    );
  }

  /** The same searches from the most deprived outward codes, by outward code. */
  deprivedOutcodeSearches(
    range: DayRange,
    mostDeprived: number,
    fewBelow: number,
  ): Promise<{ outcode: string; decile: number; searches: number; none: number; few: number }[]> {
    return this.transactions.tx.query(
      `SELECT d.outcode, min(od.decile)::int AS decile, count(*)::int AS searches,
              count(*) FILTER (WHERE d.result_count = 0)::int AS none,
              count(*) FILTER (WHERE d.result_count > 0 AND d.result_count < $6)::int AS few
         FROM search_demand d JOIN outcode_deciles od ON od.outcode = d.outcode
        WHERE d.searched_at >= $1::date AND d.searched_at < ($2::date + 1) AND od.decile <= $5
          AND ${aboutNeed('d.needs', false, '$3')} AND ${inArea('d.outcode', '$4')}
        GROUP BY 1`,
      [range.from, range.to, range.need ?? null, range.area ?? null, mostDeprived, fewBelow],
    );
  }

  /** How many outward codes have a known IMD decile (none until a gazetteer with areas and the indices are loaded). */
  async outcodesWithDecile(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.transactions.tx.query('SELECT count(*)::int AS n FROM outcode_deciles');
    return n;
  }
}

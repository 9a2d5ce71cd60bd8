import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError } from '@app/common';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { DemandGrouping, UsageGrouping } from '../usage-enums';
import { DemandReportType, ReportRange, UsageReportType } from './reports.types';
import { suppress, wholeMonths } from './suppression';

/** SQL for each usage grouping: the key and label of a connection's row, and of an attendance return's. */
const USAGE_KEYS: Record<UsageGrouping, { connection: string; label: string; attendance: string }> = {
  [UsageGrouping.ORGANISATION]: { connection: 'c.organisation_id::text', label: 'o.name', attendance: 'r.organisation_id::text' },
  [UsageGrouping.ACTIVITY]: { connection: 'c.activity_id::text', label: 'a.title', attendance: 'r.activity_id::text' },
  [UsageGrouping.NEED]: { connection: 'need', label: 'need', attendance: 'need' },
  [UsageGrouping.OUTCODE]: { connection: "coalesce(v.outcode, 'REMOTE')", label: "coalesce(v.outcode, 'REMOTE')", attendance: "coalesce(v.outcode, 'REMOTE')" },
  [UsageGrouping.MONTH]: { connection: "to_char(c.created_at, 'YYYY-MM')", label: "to_char(c.created_at, 'YYYY-MM')", attendance: 'r.month' },
};

/** Reports for commissioners and admins; leaders get the same figures for their own organisations. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async usage(viewer: NonNullable<Viewer>, requested: ReportRange, groupBy: UsageGrouping): Promise<UsageReportType> {
    this.assertRange(requested);
    const range = wholeMonths(requested);
    const scope = (await this.access.memberScope(viewer, [Role.COMMISSIONER])) ?? null;
    const keys = USAGE_KEYS[groupBy];
    const needJoin = groupBy === UsageGrouping.NEED ? ', unnest(c.needs) AS need' : '';
    const connections: { key: string; label: string; connections: number; attended: number; did_not_attend: number; declined: number }[] =
      await this.dataSource.query(
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
        GROUP BY 1`,
        [range.from, range.to, scope],
      );
    // Attendance returns are monthly: a month counts when it falls within the range.
    const attendanceNeedJoin = groupBy === UsageGrouping.NEED ? ', unnest(a.needs) AS need' : '';
    const attendances: { key: string; label: string; attendances: number }[] = await this.dataSource.query(
      `SELECT ${keys.attendance} AS key, min(${groupBy === UsageGrouping.MONTH ? 'r.month' : keys.label}) AS label, sum(r.attendances)::int AS attendances
         FROM attendance_returns r
         JOIN organisations o ON o.id = r.organisation_id
         JOIN activities a ON a.id = r.activity_id
         LEFT JOIN venues v ON v.id = a.venue_id ${attendanceNeedJoin}
        WHERE r.superseded_at IS NULL AND r.month >= to_char($1::date, 'YYYY-MM') AND r.month <= to_char($2::date, 'YYYY-MM')
          AND ($3::uuid[] IS NULL OR r.organisation_id = ANY($3::uuid[]))
        GROUP BY 1`,
      [range.from, range.to, scope],
    );
    const rows = new Map<
      string,
      { key: string; label: string; connections: number; attended: number; didNotAttend: number; declined: number; attendances: number }
    >();
    for (const c of connections)
      rows.set(c.key, {
        key: c.key,
        label: c.label,
        connections: c.connections,
        attended: c.attended,
        didNotAttend: c.did_not_attend,
        declined: c.declined,
        attendances: 0,
      });
    for (const a of attendances) {
      const row = rows.get(a.key) ?? { key: a.key, label: a.label, connections: 0, attended: 0, didNotAttend: 0, declined: 0, attendances: 0 };
      row.attendances = a.attendances;
      rows.set(a.key, row);
    }
    const labelled = [...rows.values()].map((r) => (groupBy === UsageGrouping.NEED ? { ...r, label: this.taxonomy.label(TaxonomyKind.NEED, r.key) } : r));
    return {
      from: range.from,
      to: range.to,
      groupBy,
      rows: labelled.sort((a, b) => a.key.localeCompare(b.key)).map((r) => suppress(r, ['connections', 'attended', 'didNotAttend', 'declined', 'attendances'])),
    };
  }

  async demand(range: ReportRange, groupBy: DemandGrouping): Promise<DemandReportType> {
    this.assertRange(range);
    const byNeed = groupBy === DemandGrouping.NEED;
    const searches: { key: string; searches: number; zero: number }[] = await this.dataSource.query(
      `SELECT ${byNeed ? 'need' : 'd.outcode'} AS key, count(*)::int AS searches, count(*) FILTER (WHERE d.result_count = 0)::int AS zero
         FROM search_demand d ${byNeed ? ', unnest(d.needs) AS need' : ''}
        WHERE d.searched_at >= $1::date AND d.searched_at < ($2::date + 1) ${byNeed ? '' : 'AND d.outcode IS NOT NULL'}
        GROUP BY 1`,
      [range.from, range.to],
    );
    const supply: { key: string; n: number }[] = await this.dataSource.query(
      `SELECT ${byNeed ? 'need' : 'v.outcode'} AS key, count(DISTINCT a.id)::int AS n
         FROM activities a JOIN organisations o ON o.id = a.organisation_id
         ${byNeed ? ', unnest(a.needs) AS need' : 'JOIN venues v ON v.id = a.venue_id'}
        WHERE a.status = 'ACTIVE' AND o.assurance_status IN ('ASSURED', 'EXPIRING') AND (o.assured_until IS NULL OR o.assured_until >= current_date)
        GROUP BY 1`,
    );
    const supplyBy = new Map(supply.map((s) => [s.key, s.n]));
    return {
      from: range.from,
      to: range.to,
      groupBy,
      rows: searches
        .map((s) => ({
          key: s.key,
          label: byNeed ? this.taxonomy.label(TaxonomyKind.NEED, s.key) : s.key,
          searches: s.searches,
          zeroResultSearches: s.zero,
          assuredActivities: supplyBy.get(s.key) ?? 0,
        }))
        .sort((a, b) => b.searches - a.searches || a.key.localeCompare(b.key)),
    };
  }

  private assertRange(range: ReportRange): void {
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
    if (days < 0) throw BadUserInputError.field('range.to', 'must not be before from');
    if (days > 3 * 366) throw BadUserInputError.field('range', 'may span at most three years');
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { CLOCK, Clock, isoDay } from '@app/common';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { DemandGrouping, UsageGrouping } from '../usage-enums';
import { DemandReportType, FreshnessReportType, ReportRange, UsageReportType } from './reports.types';
import { DUE_WITHIN_DAYS, FRESHNESS_POLICY, FreshnessPolicy } from '@app/directory';
import { assertReportRange } from './report-range';
import { suppress, wholeMonths } from './suppression';
import { UsageFiguresRepository } from './usage-figures.repository';

/** Reports for commissioners and admins; leaders get the same figures for their own organisations. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly figures: UsageFiguresRepository,
    private readonly access: OrganisationAccess,
    private readonly taxonomy: TaxonomyService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FRESHNESS_POLICY) private readonly policy: FreshnessPolicy,
  ) {}

  async usage(viewer: NonNullable<Viewer>, requested: ReportRange, groupBy: UsageGrouping): Promise<UsageReportType> {
    assertReportRange(requested, this.taxonomy);
    const range = { ...requested, ...wholeMonths(requested) };
    const scope = (await this.access.memberScope(viewer, [Role.COMMISSIONER])) ?? null;
    const connections = await this.figures.connectionsBy(groupBy, range, scope);
    // Attendance returns are monthly: a month counts when it falls within the range.
    const attendances = await this.figures.attendancesBy(groupBy, range, scope);
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
    assertReportRange(range, this.taxonomy);
    const byNeed = groupBy === DemandGrouping.NEED;
    const searches = await this.figures.searchesBy(byNeed, range);
    const supplyBy = await this.figures.assuredActivitiesBy(byNeed, isoDay(this.clock.now()));
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

  /** How fresh the directory's open listings are, per organisation and overall. */
  async freshness(): Promise<FreshnessReportType> {
    const now = this.clock.now().getTime();
    const day = 86_400_000;
    const rows = await this.figures.freshnessBy(
      new Date(now - (this.policy.staleAfterDays - DUE_WITHIN_DAYS) * day),
      new Date(now - this.policy.staleAfterDays * day),
    );
    const share = (r: { listings: number; fresh: number; due: number }) => (r.listings ? Math.round(((r.fresh + r.due) / r.listings) * 1000) / 1000 : null);
    const total = rows.reduce((t, r) => ({ ...t, listings: t.listings + r.listings, fresh: t.fresh + r.fresh, due: t.due + r.due, stale: t.stale + r.stale }), {
      key: 'ALL',
      label: 'All organisations',
      listings: 0,
      fresh: 0,
      due: 0,
      stale: 0,
    });
    return {
      staleAfterDays: this.policy.staleAfterDays,
      overall: { ...total, confirmedShare: share(total) },
      organisations: rows
        .map((r) => ({ ...r, confirmedShare: share(r) }))
        .sort((a, b) => (a.confirmedShare ?? 1) - (b.confirmedShare ?? 1) || a.label.localeCompare(b.label, 'en-GB')),
    };
  }
}

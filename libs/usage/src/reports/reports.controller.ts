import { Controller, Query } from '@nestjs/common';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { BadUserInputError, CsvGet, csvTable, isIsoDate } from '@app/common';
import { DemandGrouping, UsageGrouping } from '../usage-enums';
import { ReportsService } from './reports.service';
import { WellbeingReport } from '../wellbeing/wellbeing-report';
import { EquityBand } from '../wellbeing/equity-bands';
import { EquityReport } from '../equity/equity-report';
import { WellbeingGrouping } from '../wellbeing/wellbeing-report.types';
import { ReportRange } from './reports.types';

type ReportQuery = Partial<Record<'from' | 'to' | 'groupBy' | 'need' | 'area', string>>;

/** The query string checked as the GraphQL arguments are: dates, a grouping, and optionally a need and an area. */
function params<G extends string>(query: ReportQuery, allowed: Record<string, G>): { range: ReportRange; groupBy: G } {
  const { from = '', to = '', groupBy = '', need, area } = query;
  const problems = [];
  if (!isIsoDate(from)) problems.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (!isIsoDate(to)) problems.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  if (!Object.values(allowed).includes(groupBy as G)) problems.push({ field: 'groupBy', message: `must be one of ${Object.values(allowed).join(', ')}` });
  const areaCode = typeof area === 'string' ? area.trim().toUpperCase() || null : area;
  if (areaCode && (typeof areaCode !== 'string' || !/^[A-Z]{1,2}([0-9][A-Z0-9]?)?$/.test(areaCode)))
    problems.push({ field: 'area', message: 'must be an outward code such as M14 or a postcode area such as M' });
  if (need !== undefined && (typeof need !== 'string' || need.length > 60)) problems.push({ field: 'need', message: 'must be a need code' });
  if (problems.length) throw new BadUserInputError(problems);
  return { range: { from, to, need: need || null, area: areaCode ?? null }, groupBy: groupBy as G };
}

/** The usage, demand, wellbeing and equity reports as CSV, with the same parameters and permissions as the GraphQL queries. */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly wellbeing: WellbeingReport,
    private readonly equity: EquityReport,
  ) {}

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('usage.csv')
  async usage(@Query() query: ReportQuery, @CurrentViewer() viewer: NonNullable<Viewer>) {
    const p = params(query, UsageGrouping);
    const report = await this.reports.usage(viewer, p.range, p.groupBy);
    return csvTable(
      ['key', 'label', 'connections', 'attended', 'did_not_attend', 'declined', 'attendances', 'suppressed'],
      report.rows.map((r) => [r.key, r.label, r.connections, r.attended, r.didNotAttend, r.declined, r.attendances, r.suppressed]),
    );
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('demand.csv')
  async demand(@Query() query: ReportQuery) {
    const p = params(query, DemandGrouping);
    const report = await this.reports.demand(p.range, p.groupBy);
    return csvTable(
      ['key', 'label', 'searches', 'zero_result_searches', 'assured_activities'],
      report.rows.map((r) => [r.key, r.label, r.searches, r.zeroResultSearches, r.assuredActivities]),
    );
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('wellbeing.csv')
  async wellbeingChange(@Query() query: ReportQuery) {
    const p = params(query, WellbeingGrouping);
    const report = await this.wellbeing.report(p.range, p.groupBy);
    return csvTable(
      ['key', 'label', 'people', 'item', 'mean_first', 'mean_follow_up', 'mean_change', 'improved_share', 'suppressed'],
      report.rows.flatMap((r) =>
        r.items.map((i) => [r.key, r.label, r.people, i.item, i.meanFirst, i.meanFollowUp, i.meanChange, i.improvedShare, r.suppressed]),
      ),
    );
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('equity.csv')
  async equityByBand(@Query() query: ReportQuery) {
    const p = params(query, EquityBand);
    const report = await this.equity.byBand(p.range, p.groupBy);
    return csvTable(
      ['band', 'key', 'label', 'people', 'connections', 'attended', 'connection_share', 'population_share', 'suppressed'],
      report.rows.map((r) => [report.band, r.key, r.label, r.people, r.connections, r.attended, r.connectionShare, r.populationShare, r.suppressed]),
    );
  }

  /** Searches left short in the most deprived areas (deciles 1 and 2), by need or by outward code. */
  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('deprived-areas.csv')
  async deprivedAreas(@Query() query: ReportQuery) {
    const p = params(query, DemandGrouping);
    const report = await this.equity.deprivedAreaDemand(p.range, 2);
    return p.groupBy === DemandGrouping.NEED
      ? csvTable(
          ['need', 'label', 'searches', 'no_results', 'few_results', 'short_share', 'short_share_elsewhere'],
          report.needs.map((n) => [n.key, n.label, n.searches, n.noResults, n.fewResults, n.shortShare, n.shortShareElsewhere]),
        )
      : csvTable(
          ['outcode', 'decile', 'searches', 'no_results', 'few_results'],
          report.areas.map((a) => [a.outcode, a.decile, a.searches, a.noResults, a.fewResults]),
        );
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('freshness.csv')
  async freshness() {
    const report = await this.reports.freshness();
    return csvTable(
      ['organisation_id', 'organisation', 'open_listings', 'fresh', 'due', 'stale', 'confirmed_share'],
      [...report.organisations, report.overall].map((r) => [r.key, r.label, r.listings, r.fresh, r.due, r.stale, r.confirmedShare]),
    );
  }
}

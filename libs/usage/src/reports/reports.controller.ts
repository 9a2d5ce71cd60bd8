import { Controller, Get, Header, Query } from '@nestjs/common';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { BadUserInputError, csvField, isIsoDate } from '@app/common';
import { DemandGrouping, UsageGrouping } from '../usage-enums';
import { ReportsService } from './reports.service';

function params<G extends string>(from: string, to: string, groupBy: string, allowed: Record<string, G>): { range: { from: string; to: string }; groupBy: G } {
  const problems = [];
  if (!isIsoDate(from)) problems.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (!isIsoDate(to)) problems.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  if (!Object.values(allowed).includes(groupBy as G)) problems.push({ field: 'groupBy', message: `must be one of ${Object.values(allowed).join(', ')}` });
  if (problems.length) throw new BadUserInputError(problems);
  return { range: { from, to }, groupBy: groupBy as G };
}

const csv = (header: string[], rows: unknown[][]) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The usage and demand reports as CSV, with the same parameters and permissions as the GraphQL queries. */
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Get('usage.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  async usage(@Query('from') from: string, @Query('to') to: string, @Query('groupBy') groupBy: string, @CurrentViewer() viewer: NonNullable<Viewer>) {
    const p = params(from, to, groupBy, UsageGrouping);
    const report = await this.reports.usage(viewer, p.range, p.groupBy);
    return csv(
      ['key', 'label', 'connections', 'attended', 'did_not_attend', 'declined', 'attendances', 'suppressed'],
      report.rows.map((r) => [r.key, r.label, r.connections, r.attended, r.didNotAttend, r.declined, r.attendances, r.suppressed]),
    );
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Get('demand.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  async demand(@Query('from') from: string, @Query('to') to: string, @Query('groupBy') groupBy: string) {
    const p = params(from, to, groupBy, DemandGrouping);
    const report = await this.reports.demand(p.range, p.groupBy);
    return csv(
      ['key', 'label', 'searches', 'zero_result_searches', 'assured_activities'],
      report.rows.map((r) => [r.key, r.label, r.searches, r.zeroResultSearches, r.assuredActivities]),
    );
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/access';
import { ReportRange } from '../reports/reports.types';
import { WellbeingReport } from './wellbeing-report';
import { WellbeingGrouping, WellbeingReportType } from './wellbeing-report.types';

@Resolver(() => WellbeingReportType)
export class WellbeingReportResolver {
  constructor(private readonly wellbeing: WellbeingReport) {}

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => WellbeingReportType, { description: 'Change in ONS4 wellbeing between first contact and follow-up, by whole quarters; small numbers withheld' })
  wellbeingReport(@Args('range') range: ReportRange, @Args('groupBy', { type: () => WellbeingGrouping }) groupBy: WellbeingGrouping) {
    return this.wellbeing.report(range, groupBy);
  }
}

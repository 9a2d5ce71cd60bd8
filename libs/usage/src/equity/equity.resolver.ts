import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/access';
import { ReportRange } from '../reports/reports.types';
import { EquityBand } from '../wellbeing/equity-bands';
import { EquityReport } from './equity-report';
import { DeprivedAreaDemandType, EquityReportType } from './equity.types';

@Resolver()
export class EquityResolver {
  constructor(private readonly equity: EquityReport) {}

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => EquityReportType, {
    description:
      'Connections and attendance by the equity band people gave at first contact, beside the area’s population; by whole months, small numbers withheld',
  })
  equityReport(@Args('range') range: ReportRange, @Args('band', { type: () => EquityBand }) band: EquityBand) {
    return this.equity.byBand(range, band);
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => DeprivedAreaDemandType, {
    description: 'Who we are not reaching: needs searched for from the most deprived areas that found nothing or few activities',
  })
  deprivedAreaDemand(
    @Args('range') range: ReportRange,
    @Args('mostDeprivedDeciles', { type: () => Int, defaultValue: 2, description: 'areas in IMD deciles 1 to this count (1–5)' }) mostDeprived: number,
  ) {
    return this.equity.deprivedAreaDemand(range, mostDeprived);
  }
}

import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OrganisationAccess, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
import { ReportRange } from '../reports/reports.types';
import { WellbeingReport } from './wellbeing-report';
import { WellbeingGrouping, WellbeingReportType } from './wellbeing-report.types';

@Resolver(() => WellbeingReportType)
export class WellbeingReportResolver {
  constructor(
    private readonly wellbeing: WellbeingReport,
    private readonly access: OrganisationAccess,
  ) {}

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => WellbeingReportType, { description: 'Change in ONS4 wellbeing between first contact and follow-up, by whole quarters; small numbers withheld' })
  wellbeingReport(@Args('range') range: ReportRange, @Args('groupBy', { type: () => WellbeingGrouping }) groupBy: WellbeingGrouping) {
    return this.wellbeing.report(range, groupBy);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => WellbeingReportType, {
    description: "Change in wellbeing of people connected to the organisation's activities in a calendar year (its leaders; evidence for funding bids)",
  })
  async organisationWellbeing(
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @CurrentViewer() viewer: NonNullable<Viewer>,
    @Args('year', { type: () => Int, nullable: true, description: 'this year when not given' }) year?: number | null,
  ) {
    if (viewer.role === Role.VCSE_LEADER) await this.access.assertCanManage(viewer, organisationId);
    return this.wellbeing.forOrganisation(organisationId, year ?? null);
  }
}

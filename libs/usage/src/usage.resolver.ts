import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { IdPipe, OptionalIdPipe } from '@app/common';
import { DemandReportType, FreshnessReportType, ReportRange, UsageReportType } from './reports/reports.types';
import { ReportsService } from './reports/reports.service';
import { AttendanceReturnInput, AttendanceReturnType, SustainabilityReturnInput, SustainabilityReturnType } from './returns/returns.types';
import { ReturnsService } from './returns/returns.service';
import { SustainabilityAssessmentType, SustainabilityService } from './sustainability/sustainability.service';
import { DemandGrouping, RiskLevel, UsageGrouping } from './usage-enums';

@Resolver()
export class UsageResolver {
  constructor(
    private readonly returns: ReturnsService,
    private readonly sustainabilityService: SustainabilityService,
    private readonly reports: ReportsService,
  ) {}

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => AttendanceReturnType, { description: 'Monthly figures per activity; a second return for the month replaces the first (history kept)' })
  submitAttendanceReturn(@Args('input') input: AttendanceReturnInput, @CurrentViewer() viewer: Viewer) {
    return this.returns.attendance(viewer, input);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => SustainabilityReturnType, { description: 'Quarterly; a second return for the quarter replaces the first (history kept)' })
  submitSustainabilityReturn(@Args('input') input: SustainabilityReturnInput, @CurrentViewer() viewer: Viewer) {
    return this.returns.sustainability(viewer, input);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [AttendanceReturnType], { description: "The organisation's current attendance returns, newest month first (leaders: their own)" })
  attendanceReturns(
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('activityId', { type: () => ID, nullable: true }, OptionalIdPipe) activityId: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.returns.attendanceReturns(viewer, organisationId, activityId);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [SustainabilityReturnType], { description: "The organisation's current sustainability returns, newest quarter first (leaders: their own)" })
  sustainabilityReturns(@Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @CurrentViewer() viewer: Viewer) {
    return this.returns.sustainabilityReturns(viewer, organisationId);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => SustainabilityAssessmentType, { description: 'Risk with plain-English reasons (rule in the README)' })
  sustainability(@Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.sustainabilityService.forOrganisation(viewer, organisationId);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [SustainabilityAssessmentType], { description: 'Organisations at or above a risk level, highest first (leaders: their own)' })
  sustainabilityRisks(
    @Args('minimum', { type: () => RiskLevel, nullable: true, defaultValue: RiskLevel.MEDIUM }) minimum: RiskLevel,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return this.sustainabilityService.risks(viewer, minimum);
  }

  @Roles(Role.VCSE_LEADER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => UsageReportType, { description: 'Connections, outcomes and attendances; counts 1–4 withheld (leaders: their own organisations)' })
  usageReport(
    @Args('range', { type: () => ReportRange }) range: ReportRange,
    @Args('groupBy', { type: () => UsageGrouping }) groupBy: UsageGrouping,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return this.reports.usage(viewer, range, groupBy);
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => DemandReportType, { description: 'Searches, searches with no result, and assured active supply, by need or outward code' })
  demandReport(@Args('range', { type: () => ReportRange }) range: ReportRange, @Args('groupBy', { type: () => DemandGrouping }) groupBy: DemandGrouping) {
    return this.reports.demand(range, groupBy);
  }

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Query(() => FreshnessReportType, { description: 'How recently groups confirmed their open listings, per organisation and overall' })
  freshnessReport() {
    return this.reports.freshness();
  }
}

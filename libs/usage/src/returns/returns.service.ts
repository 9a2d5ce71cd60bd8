import { Inject, Injectable } from '@nestjs/common';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { BadUserInputError, NotFoundError, CLOCK, Clock, isoMonth, isoQuarter } from '@app/common';
import { ActivitiesService, ActivityType, DirectoryMapper, OrganisationsRepository, OrganisationType } from '@app/directory';
import { AttendanceReturnEntity } from './attendance-return.entity';
import { unusualAttendance } from './attendance-rules';
import { ReturnsRepository } from './returns.repository';
import { AttendanceReturnInput, AttendanceReturnType, SustainabilityReturnInput, SustainabilityReturnType } from './returns.types';
import { SustainabilityReturnEntity } from './sustainability-return.entity';

/** Leaders' returns. Filing again for the same month (or quarter) supersedes the earlier return. */
@Injectable()
export class ReturnsService {
  constructor(
    private readonly returns: ReturnsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly activities: ActivitiesService,
    private readonly mapper: DirectoryMapper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attendance(viewer: Viewer, input: AttendanceReturnInput): Promise<AttendanceReturnType> {
    const now = this.clock.now();
    if (input.month > isoMonth(now)) throw BadUserInputError.field('month', 'must not be in the future');
    if (input.attendances < input.newParticipants) throw BadUserInputError.field('newParticipants', 'must not exceed attendances');
    const [activity] = await this.activities.findByIds([input.activityId]);
    if (!activity) throw new NotFoundError('Activity', input.activityId);
    await this.access.assertCanManage(viewer, activity.organisationId);
    const unusual = unusualAttendance(input, activity);
    if (unusual.length && !input.confirmUnusual) throw new BadUserInputError(unusual);
    const { confirmUnusual: _, ...figures } = input;
    const saved = await this.returns.fileAttendance(
      { ...figures, organisationId: activity.organisationId, submittedBy: viewer!.userId, confirmedUnusual: unusual.length > 0 },
      now,
    );
    return attendanceReturnType(saved, this.mapper.activity(activity));
  }

  /** The organisation's current attendance returns (of one activity, or all), newest month first. */
  async attendanceReturns(viewer: Viewer, organisationId: string, activityId?: string): Promise<AttendanceReturnType[]> {
    await this.assertCanRead(viewer, organisationId);
    const returns = await this.returns.currentAttendance(organisationId, activityId);
    const activities = new Map((await this.activities.findByIds([...new Set(returns.map((r) => r.activityId))])).map((a) => [a.id, this.mapper.activity(a)]));
    return returns.map((r) => attendanceReturnType(r, activities.get(r.activityId)!));
  }

  /** The organisation's current sustainability returns, newest quarter first. */
  async sustainabilityReturns(viewer: Viewer, organisationId: string): Promise<SustainabilityReturnType[]> {
    const organisation = await this.assertCanRead(viewer, organisationId);
    const returns = await this.returns.latestSustainability(organisationId, 40);
    return returns.map((r) => SustainabilityReturnTypeFrom(r, OrganisationType.from(organisation)));
  }

  /** The organisation's leaders, commissioners and admins read its returns. */
  private async assertCanRead(viewer: Viewer, organisationId: string) {
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    await this.access.assertCanRead(viewer, organisationId, [Role.COMMISSIONER], 'its returns');
    return organisation;
  }

  async sustainability(viewer: Viewer, input: SustainabilityReturnInput): Promise<SustainabilityReturnType> {
    const now = this.clock.now();
    if (input.period > isoQuarter(now)) throw BadUserInputError.field('period', 'must not be in the future');
    const organisation = await this.organisations.findById(input.organisationId);
    if (!organisation) throw new NotFoundError('Organisation', input.organisationId);
    await this.access.assertCanManage(viewer, organisation.id);
    const saved = await this.returns.fileSustainability(
      {
        ...input,
        fundingSources: input.fundingSources.map((f) => ({
          source: f.source.trim(),
          kind: f.kind,
          annualAmountPence: f.annualAmountPence,
          endsOn: f.endsOn ?? null,
        })),
        submittedBy: viewer!.userId,
      },
      now,
    );
    return SustainabilityReturnTypeFrom(saved, OrganisationType.from(organisation));
  }
}

export function SustainabilityReturnTypeFrom(e: SustainabilityReturnEntity, organisation: OrganisationType): SustainabilityReturnType {
  return {
    id: e.id,
    organisation,
    period: e.period,
    fundingSources: e.fundingSources,
    volunteers: e.volunteers,
    paidStaffFte: e.paidStaffFte,
    monthlyCostsPence: e.monthlyCostsPence,
    reservesMonths: e.reservesMonths,
    submittedAt: e.submittedAt,
  };
}

function attendanceReturnType(e: AttendanceReturnEntity, activity: ActivityType): AttendanceReturnType {
  return {
    id: e.id,
    activity,
    month: e.month,
    sessionsRun: e.sessionsRun,
    attendances: e.attendances,
    newParticipants: e.newParticipants,
    confirmedUnusual: e.confirmedUnusual,
    submittedAt: e.submittedAt,
  };
}

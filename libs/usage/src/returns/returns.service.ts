import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, NotFoundError, CLOCK, Clock, isoMonth, isoQuarter } from '@app/common';
import { ActivitiesService, DirectoryMapper, OrganisationsRepository, OrganisationType } from '@app/directory';
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
    const saved = await this.returns.fileAttendance({ ...input, organisationId: activity.organisationId, submittedBy: viewer!.userId }, now);
    return {
      id: saved.id,
      activity: this.mapper.activity(activity),
      month: saved.month,
      sessionsRun: saved.sessionsRun,
      attendances: saved.attendances,
      newParticipants: saved.newParticipants,
    };
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

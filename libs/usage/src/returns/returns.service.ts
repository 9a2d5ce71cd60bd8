import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, NotFoundError, CLOCK, Clock } from '@app/common';
import { ActivitiesService, ActivityEntity, DirectoryMapper, OrganisationEntity, OrganisationType } from '@app/directory';
import { AttendanceReturnEntity } from './attendance-return.entity';
import { AttendanceReturnInput, AttendanceReturnType, SustainabilityReturnInput, SustainabilityReturnType } from './returns.types';
import { SustainabilityReturnEntity } from './sustainability-return.entity';

const monthOf = (now: Date) => now.toISOString().slice(0, 7);
const quarterOf = (now: Date) => {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
};

/** Leaders' returns. Filing again for the same month (or quarter) supersedes the earlier return. */
@Injectable()
export class ReturnsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    private readonly activities: ActivitiesService,
    private readonly mapper: DirectoryMapper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attendance(viewer: Viewer, input: AttendanceReturnInput): Promise<AttendanceReturnType> {
    if (input.month > monthOf(this.clock.now())) throw BadUserInputError.field('month', 'must not be in the future');
    if (input.attendances < input.newParticipants) throw BadUserInputError.field('newParticipants', 'must not exceed attendances');
    const saved = await this.dataSource.transaction(async (em) => {
      const activity = await em.getRepository(ActivityEntity).findOneBy({ id: input.activityId });
      if (!activity) throw new NotFoundError('Activity', input.activityId);
      await this.access.assertCanManage(viewer, activity.organisationId);
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attendance:${activity.id}:${input.month}`]);
      await em.query('UPDATE attendance_returns SET superseded_at = now() WHERE activity_id = $1 AND month = $2 AND superseded_at IS NULL', [
        activity.id,
        input.month,
      ]);
      const repo = em.getRepository(AttendanceReturnEntity);
      return repo.save(repo.create({ ...input, organisationId: activity.organisationId, submittedBy: viewer!.userId }));
    });
    const [activity] = await this.activities.findByIds([saved.activityId]);
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
    if (input.period > quarterOf(this.clock.now())) throw BadUserInputError.field('period', 'must not be in the future');
    const saved = await this.dataSource.transaction(async (em) => {
      const organisation = await em.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId });
      if (!organisation) throw new NotFoundError('Organisation', input.organisationId);
      await this.access.assertCanManage(viewer, organisation.id);
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sustainability:${organisation.id}:${input.period}`]);
      await em.query('UPDATE sustainability_returns SET superseded_at = now() WHERE organisation_id = $1 AND period = $2 AND superseded_at IS NULL', [
        organisation.id,
        input.period,
      ]);
      const repo = em.getRepository(SustainabilityReturnEntity);
      const entity = await repo.save(
        repo.create({
          ...input,
          fundingSources: input.fundingSources.map((f) => ({
            source: f.source.trim(),
            kind: f.kind,
            annualAmountPence: f.annualAmountPence,
            endsOn: f.endsOn ?? null,
          })),
          submittedBy: viewer!.userId,
        }),
      );
      return { entity, organisation };
    });
    return SustainabilityReturnTypeFrom(saved.entity, OrganisationType.from(saved.organisation));
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

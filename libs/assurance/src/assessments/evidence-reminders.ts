import { isoDay, addDays, CLOCK, Clock } from '@app/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { DateScalar } from '@app/common';
import { OrganisationsRepository, OrganisationType } from '@app/directory';
import { ChecklistService } from '../checklist/checklist.service';
import { AssessmentsRepository } from './assessments.repository';
import { evidenceExpiry } from '../status/assurance-rules';

@ObjectType('EvidenceReminder')
export class EvidenceReminderType {
  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => String)
  itemKey: string;

  @Field(() => String)
  title: string;

  @Field(() => DateScalar, { description: 'the last day the evidence holds' })
  validUntil: string;
}

/** Evidence of current assessments that runs out within N days (already expired included), soonest first. */
@Injectable()
export class EvidenceReminders {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly checklists: ChecklistService,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async expiringWithin(viewer: NonNullable<Viewer>, days: number): Promise<EvidenceReminderType[]> {
    return this.expiringIn(await this.access.memberScope(viewer, [Role.ASSURER]), days);
  }

  /** The same for some organisations, for a caller that has checked who may see them. */
  async expiringIn(organisationIds: readonly string[] | undefined, days: number): Promise<EvidenceReminderType[]> {
    const rows = await this.assessments.currentEvidence(organisationIds);
    const templates = await this.checklists.byId();
    const today = isoDay(this.clock.now());
    const horizon = addDays(today, days);
    const due = rows
      .map((r) => {
        const item = templates.get(r.templateId)!.items.find((i) => i.key === r.itemKey)!;
        return { r, item, validUntil: evidenceExpiry(r, item.validityMonths, today) };
      })
      .filter((x): x is typeof x & { validUntil: string } => !!x.validUntil && x.validUntil <= horizon)
      .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
    const organisations = new Map(
      (await this.organisations.findByIds([...new Set(due.map((d) => d.r.organisationId))])).map((o) => [o.id, OrganisationType.from(o)]),
    );
    return due.map(({ r, item, validUntil }) => ({
      organisation: organisations.get(r.organisationId)!,
      assessmentId: r.assessmentId,
      itemKey: item.key,
      title: item.title,
      validUntil,
    }));
  }
}

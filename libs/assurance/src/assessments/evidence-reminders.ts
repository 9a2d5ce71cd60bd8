import { isoDay, addDays, CLOCK, Clock } from '@app/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { DateScalar } from '@app/common';
import { OrganisationEntity, OrganisationType } from '@app/directory';
import { ChecklistTemplateEntity } from '../checklist/checklist-template.entity';
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
    private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async expiringWithin(viewer: NonNullable<Viewer>, days: number): Promise<EvidenceReminderType[]> {
    const scope = await this.access.memberScope(viewer, [Role.ASSURER]);
    const rows: {
      organisation_id: string;
      assessment_id: string;
      template_id: string;
      item_key: string;
      issued_on: string | null;
      expires_on: string | null;
      provided_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT a.organisation_id, a.id AS assessment_id, a.template_id, e.item_key,
                e.issued_on, e.expires_on, e.provided_at
           FROM (SELECT DISTINCT ON (organisation_id) * FROM assessments ORDER BY organisation_id, created_at DESC) a
           JOIN evidence_items e ON e.assessment_id = a.id AND e.status <> 'MISSING'
          WHERE a.status IN ('IN_PROGRESS', 'SUBMITTED', 'ASSURED')
            AND ($1::uuid[] IS NULL OR a.organisation_id = ANY($1::uuid[]))`,
      [scope ?? null],
    );
    const templates = new Map((await this.dataSource.getRepository(ChecklistTemplateEntity).find()).map((t) => [t.id, t]));
    const today = isoDay(this.clock.now());
    const horizon = addDays(today, days);
    const due = rows
      .map((r) => {
        const item = templates.get(r.template_id)!.items.find((i) => i.key === r.item_key)!;
        return {
          r,
          item,
          validUntil: evidenceExpiry({ issuedOn: r.issued_on, expiresOn: r.expires_on, providedAt: r.provided_at }, item.validityMonths, today),
        };
      })
      .filter((x): x is typeof x & { validUntil: string } => !!x.validUntil && x.validUntil <= horizon)
      .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
    const organisations = new Map(
      (await this.dataSource.getRepository(OrganisationEntity).findByIds([...new Set(due.map((d) => d.r.organisation_id))])).map((o) => [
        o.id,
        OrganisationType.from(o),
      ]),
    );
    return due.map(({ r, item, validUntil }) => ({
      organisation: organisations.get(r.organisation_id)!,
      assessmentId: r.assessment_id,
      itemKey: item.key,
      title: item.title,
      validUntil,
    }));
  }
}

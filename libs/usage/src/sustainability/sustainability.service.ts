import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { NotFoundError, CLOCK, Clock, isoDay } from '@app/common';
import { OrganisationEntity, OrganisationType } from '@app/directory';
import { SustainabilityReturnEntity } from '../returns/sustainability-return.entity';
import { RISK_ORDER, RiskLevel, STATUTORY_FUNDING } from '../usage-enums';
import { assessRisk } from './risk-rule';

@ObjectType('SustainabilityAssessment')
export class SustainabilityAssessmentType {
  @Field(() => OrganisationType) organisation: OrganisationType;
  @Field(() => RiskLevel) risk: RiskLevel;
  @Field(() => [String], { description: 'plain-English, e.g. "62% of income ends within 6 months"' }) reasons: string[];
  @Field(() => Float, { nullable: true }) fundingEndingWithin6MonthsShare: number | null;
  @Field(() => Float, { nullable: true, description: 'referrals accepted per month ÷ places per month' }) utilisation: number | null;
  @Field(() => Int, { nullable: true }) unfundedReferralsLast90Days: number | null;
}

const ACCEPTED = `('ACCEPTED', 'ATTENDED', 'DID_NOT_ATTEND')`;

@Injectable()
export class SustainabilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forOrganisation(viewer: NonNullable<Viewer>, organisationId: string): Promise<SustainabilityAssessmentType> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    await this.access.assertCanRead(viewer, organisationId, [Role.COMMISSIONER], 'its sustainability');
    return this.assess(organisation);
  }

  /** Organisations at or above a risk level; leaders see only their own. */
  async risks(viewer: NonNullable<Viewer>, minimum: RiskLevel): Promise<SustainabilityAssessmentType[]> {
    const scope = await this.access.memberScope(viewer, [Role.COMMISSIONER]);
    const organisations = await this.dataSource.getRepository(OrganisationEntity).find({ where: scope ? { id: In(scope) } : {}, order: { name: 'ASC' } });
    const assessed = await Promise.all(organisations.map((o) => this.assess(o)));
    return assessed
      .filter((a) => RISK_ORDER.indexOf(a.risk) >= RISK_ORDER.indexOf(minimum))
      .sort((a, b) => RISK_ORDER.indexOf(b.risk) - RISK_ORDER.indexOf(a.risk) || a.organisation.name.localeCompare(b.organisation.name));
  }

  private async assess(organisation: OrganisationEntity): Promise<SustainabilityAssessmentType> {
    const today = isoDay(this.clock.now());
    const [latest, previous] = await this.dataSource.getRepository(SustainabilityReturnEntity).find({
      where: { organisationId: organisation.id, supersededAt: IsNull() },
      order: { period: 'DESC' },
      take: 2,
    });
    const [{ accepted }] = await this.dataSource.query(
      `SELECT count(*)::int AS accepted FROM connections WHERE organisation_id = $1 AND created_at >= now() - interval '90 days' AND outcome IN ${ACCEPTED}`,
      [organisation.id],
    );
    const [{ places }] = await this.dataSource.query(
      `SELECT coalesce(sum(places_per_session * jsonb_array_length(schedule) * 52.0 / 12), 0)::float AS places
         FROM activities WHERE organisation_id = $1 AND status = 'ACTIVE'`,
      [organisation.id],
    );
    // A referral is unfunded when, on the day it was accepted, no NHS or local authority funding was in date.
    const statutoryEnds = (latest?.fundingSources ?? []).filter((f) => STATUTORY_FUNDING.includes(f.kind)).map((f) => f.endsOn ?? '9999-12-31');
    const [{ unfunded }] = await this.dataSource.query(
      `SELECT count(*)::int AS unfunded FROM (
         SELECT min(e.at) AS accepted_at FROM connections c JOIN connection_outcome_events e ON e.connection_id = c.id AND e.outcome = 'ACCEPTED'
          WHERE c.organisation_id = $1 GROUP BY c.id HAVING min(e.at) >= now() - interval '90 days') a
        WHERE NOT EXISTS (SELECT 1 FROM unnest($2::date[]) ends(d) WHERE ends.d >= a.accepted_at::date)`,
      [organisation.id, statutoryEnds],
    );
    const result = assessRisk({
      today,
      latest: latest ?? null,
      previous: previous ?? null,
      acceptedReferralsLast90Days: accepted,
      placesPerMonth: places,
      unfundedReferralsLast90Days: unfunded,
    });
    return { organisation: OrganisationType.from(organisation), ...result, unfundedReferralsLast90Days: unfunded };
  }
}

import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { NotFoundError, CLOCK, Clock, isoDay } from '@app/common';
import { ActivitiesRepository, OrganisationEntity, OrganisationsRepository, OrganisationType } from '@app/directory';
import { ConnectionsRepository } from '../connections/connections.repository';
import { ReturnsRepository } from '../returns/returns.repository';
import { ConnectionOutcome, RISK_ORDER, RiskLevel, STATUTORY_FUNDING } from '../usage-enums';
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

const ACCEPTED = [ConnectionOutcome.ACCEPTED, ConnectionOutcome.ATTENDED, ConnectionOutcome.DID_NOT_ATTEND];
const NINETY_DAYS_MS = 90 * 86_400_000;

@Injectable()
export class SustainabilityService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly connections: ConnectionsRepository,
    private readonly returns: ReturnsRepository,
    private readonly access: OrganisationAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forOrganisation(viewer: NonNullable<Viewer>, organisationId: string): Promise<SustainabilityAssessmentType> {
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    await this.access.assertCanRead(viewer, organisationId, [Role.COMMISSIONER], 'its sustainability');
    return this.assess(organisation);
  }

  /** Organisations at or above a risk level; leaders see only their own. */
  async risks(viewer: NonNullable<Viewer>, minimum: RiskLevel): Promise<SustainabilityAssessmentType[]> {
    const scope = await this.access.memberScope(viewer, [Role.COMMISSIONER]);
    const organisations = scope ? await this.organisations.findByIds(scope) : await this.organisations.all();
    const assessed = await Promise.all(organisations.map((o) => this.assess(o)));
    return assessed
      .filter((a) => RISK_ORDER.indexOf(a.risk) >= RISK_ORDER.indexOf(minimum))
      .sort((a, b) => RISK_ORDER.indexOf(b.risk) - RISK_ORDER.indexOf(a.risk) || a.organisation.name.localeCompare(b.organisation.name));
  }

  private async assess(organisation: OrganisationEntity): Promise<SustainabilityAssessmentType> {
    const now = this.clock.now();
    const today = isoDay(now);
    const since = new Date(now.getTime() - NINETY_DAYS_MS);
    const [latest, previous] = await this.returns.latestSustainability(organisation.id, 2);
    const accepted = await this.connections.countSince(organisation.id, since, ACCEPTED);
    const places = await this.activities.placesPerMonth(organisation.id);
    // A referral is unfunded when, on the day it was accepted, no NHS or local authority funding was in date.
    const statutoryEnds = (latest?.fundingSources ?? []).filter((f) => STATUTORY_FUNDING.includes(f.kind)).map((f) => f.endsOn ?? '9999-12-31');
    const unfunded = (await this.connections.acceptedSince(organisation.id, since)).filter((at) => !statutoryEnds.some((end) => end >= isoDay(at))).length;
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

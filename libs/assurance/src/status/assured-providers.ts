import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { AccountsRepository, UserType } from '@app/accounts';
import { AssuranceStatus, ASSURED_STATUSES, OrganisationEntity, OrganisationsRepository, OrganisationType } from '@app/directory';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditTrail } from '../audit/audit-trail';
import { effectiveStatus } from './assurance-rules';
import { AssuredProviderType } from './assured-provider.type';

/**
 * Who was assured at a moment, read from the audit trail's ORGANISATION_STATUS_CHANGED history (not
 * from today's state): the last change at or before the moment, still within its assured date.
 */
@Injectable()
export class AssuredProviders {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditTrail,
    private readonly assessments: AssessmentsRepository,
    private readonly accounts: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** By name. */
  async at(asOf: Date | undefined): Promise<OrganisationEntity[]> {
    if (!asOf) {
      const today = isoDay(this.clock.now());
      return (await this.organisations.all()).filter((o) => ASSURED_STATUSES.includes(effectiveStatus(o.assuranceStatus, o.assuredUntil, today)));
    }
    return this.organisations.findByIds((await this.statusesAt(asOf)).map((r) => r.organisationId));
  }

  /** The register at the end of a day (today when none): each provider with the status, tier, dates and assurer it had then, by name. */
  async register(day: string | undefined): Promise<AssuredProviderType[]> {
    const now = this.clock.now();
    const endOfDay = day ? new Date(Math.min(Date.parse(`${day}T23:59:59.999Z`), now.getTime())) : now;
    const statuses = await this.statusesAt(endOfDay);
    const organisations = new Map((await this.organisations.findByIds(statuses.map((s) => s.organisationId))).map((o) => [o.id, o]));
    const decisions = await this.assessments.assuredDecisionsAt(endOfDay);
    const assurers = new Map(
      (await this.accounts.findByIds([...decisions.values()].flatMap((a) => (a.decidedBy ? [a.decidedBy] : [])))).map((u) => [u.id, UserType.from(u)]),
    );
    return statuses
      .filter((s) => organisations.has(s.organisationId))
      .map((s) => {
        const decision = decisions.get(s.organisationId);
        return {
          organisation: OrganisationType.from(organisations.get(s.organisationId)!),
          status: s.status,
          tier: decision?.tier ?? null,
          validUntil: s.assuredUntil,
          assessedAt: decision?.decidedAt ?? null,
          assessedBy: decision?.decidedBy ? (assurers.get(decision.decidedBy) ?? null) : null,
        };
      })
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB'));
  }

  private async statusesAt(moment: Date): Promise<{ organisationId: string; status: AssuranceStatus; assuredUntil: string | null }[]> {
    const day = isoDay(moment);
    return (await this.audit.statusesAt(moment))
      .map((r) => ({ ...r, status: effectiveStatus(r.status as AssuranceStatus, r.assuredUntil, day) }))
      .filter((r) => ASSURED_STATUSES.includes(r.status));
  }
}

import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { AssuranceStatus, ASSURED_STATUSES, OrganisationEntity, OrganisationsRepository } from '@app/directory';
import { AuditTrail } from '../audit/audit-trail';
import { effectiveStatus } from './assurance-rules';

/**
 * Who was assured at a moment, read from the audit trail's ORGANISATION_STATUS_CHANGED history (not
 * from today's state): the last change at or before the moment, still within its assured date.
 */
@Injectable()
export class AssuredProviders {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** By name. */
  async at(asOf: Date | undefined): Promise<OrganisationEntity[]> {
    if (!asOf) {
      const today = isoDay(this.clock.now());
      return (await this.organisations.all()).filter((o) => ASSURED_STATUSES.includes(effectiveStatus(o.assuranceStatus, o.assuredUntil, today)));
    }
    const day = isoDay(asOf);
    const ids = (await this.audit.statusesAt(asOf))
      .filter((r) => ASSURED_STATUSES.includes(effectiveStatus(r.status as AssuranceStatus, r.assuredUntil, day)))
      .map((r) => r.organisationId);
    return this.organisations.findByIds(ids);
  }
}

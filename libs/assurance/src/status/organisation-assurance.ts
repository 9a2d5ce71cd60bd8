import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/common';
import { AssuranceStatus, OrganisationEntity, OrganisationsRepository } from '@app/directory';
import { SearchOutbox } from '@app/outbox';
import { AuditTrail } from '../audit/audit-trail';

/**
 * The one place an organisation's assurance status changes: it writes the new status, appends the
 * ORGANISATION_STATUS_CHANGED audit event that `assuredProviders(asOf)` reads history from, and
 * queues the organisation's activities for the search index — all in the current transaction.
 */
@Injectable()
export class OrganisationAssurance {
  constructor(
    private readonly audit: AuditTrail,
    private readonly outbox: SearchOutbox,
    private readonly organisations: OrganisationsRepository,
  ) {}

  /** The organisation, row-locked for the current transaction; NOT_FOUND when there is none. */
  async lock(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.lockById(id);
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  async setStatus(
    organisation: OrganisationEntity,
    to: AssuranceStatus,
    change: { actorId: string | null; reason: string; assuredUntil?: string | null },
  ): Promise<void> {
    const from = organisation.assuranceStatus;
    const until = change.assuredUntil === undefined ? organisation.assuredUntil : change.assuredUntil;
    if (from === to && until === organisation.assuredUntil) return;
    await this.organisations.setAssurance(organisation.id, to, until);
    organisation.assuranceStatus = to;
    organisation.assuredUntil = until;
    await this.audit.append({
      actorId: change.actorId,
      action: 'ORGANISATION_STATUS_CHANGED',
      entityType: 'Organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      details: { from, to, assuredUntil: until, reason: change.reason },
    });
    await this.outbox.organisationChanged(organisation.id);
  }
}

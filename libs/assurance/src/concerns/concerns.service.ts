import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '@app/accounts';
import { BadUserInputError, ConflictError, NotFoundError } from '@app/common';
import { ActivityEntity, AssuranceStatus, OrganisationEntity } from '@app/directory';
import { AssessmentDecision, ConcernCategory, ConcernStatus } from '../assurance-enums';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { AuditTrail } from '../audit/audit-trail';
import { OrganisationAssurance } from '../status/organisation-assurance';
import { effectiveStatus, isoDay } from '../status/assurance-rules';
import { ConcernEntity } from './concern.entity';

/** Concerns about groups, suspension and reinstatement. */
@Injectable()
export class ConcernsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly status: OrganisationAssurance,
  ) {}

  /** A SAFEGUARDING concern suspends the organisation at once, taking it out of assured-only search. */
  raise(viewer: NonNullable<Viewer>, input: { organisationId: string; activityId?: string | null; category: ConcernCategory; description: string }): Promise<ConcernEntity> {
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.status.lock(em, input.organisationId);
      if (input.activityId) {
        const activity = await em.getRepository(ActivityEntity).findOneBy({ id: input.activityId });
        if (!activity || activity.organisationId !== input.organisationId) throw BadUserInputError.field('activityId', "is not one of this organisation's activities");
      }
      const repo = em.getRepository(ConcernEntity);
      const concern = await repo.save(
        repo.create({ organisationId: input.organisationId, activityId: input.activityId ?? null, category: input.category, description: input.description.trim(), raisedBy: viewer.userId }),
      );
      await this.audit.append(em, {
        actorId: viewer.userId,
        action: 'CONCERN_RAISED',
        entityType: 'Concern',
        entityId: concern.id,
        organisationId: organisation.id,
        details: { category: input.category, activityId: concern.activityId },
      });
      if (input.category === ConcernCategory.SAFEGUARDING) await this.suspendLocked(em, viewer, organisation, `safeguarding concern ${concern.id}`);
      return concern;
    });
  }

  suspend(viewer: NonNullable<Viewer>, organisationId: string, reason: string): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.status.lock(em, organisationId);
      if (organisation.assuranceStatus === AssuranceStatus.SUSPENDED) throw new ConflictError('This organisation is already suspended');
      await this.suspendLocked(em, viewer, organisation, reason.trim());
      return organisation;
    });
  }

  /** Closes a concern; with reinstate, a suspended organisation gets back what its last decision gave it. */
  resolve(viewer: NonNullable<Viewer>, concernId: string, note: string, reinstate: boolean): Promise<ConcernEntity> {
    return this.dataSource.transaction(async (em) => {
      const concern = await em.getRepository(ConcernEntity).findOne({ where: { id: concernId }, lock: { mode: 'pessimistic_write' } });
      if (!concern) throw new NotFoundError('Concern', concernId);
      if (concern.status === ConcernStatus.RESOLVED) throw new ConflictError('This concern is already resolved');
      const organisation = await this.status.lock(em, concern.organisationId);
      Object.assign(concern, { status: ConcernStatus.RESOLVED, resolvedAt: new Date(), resolvedBy: viewer.userId, resolutionNote: note.trim(), reinstated: reinstate });
      await em.getRepository(ConcernEntity).save(concern);
      await this.audit.append(em, {
        actorId: viewer.userId,
        action: 'CONCERN_RESOLVED',
        entityType: 'Concern',
        entityId: concern.id,
        organisationId: organisation.id,
        details: { reinstate, note: concern.resolutionNote },
      });
      if (reinstate && organisation.assuranceStatus === AssuranceStatus.SUSPENDED) {
        const restored = await this.statusFromLastDecision(em, organisation.id);
        await this.status.setStatus(em, organisation, restored.status, { actorId: viewer.userId, reason: `reinstated after concern ${concern.id}`, assuredUntil: restored.assuredUntil });
        await this.audit.append(em, { actorId: viewer.userId, action: 'ORGANISATION_REINSTATED', entityType: 'Organisation', entityId: organisation.id, organisationId: organisation.id, details: { to: restored.status } });
      }
      return concern;
    });
  }

  list(status?: ConcernStatus): Promise<ConcernEntity[]> {
    return this.dataSource.getRepository(ConcernEntity).find({ where: status ? { status } : {}, order: { raisedAt: 'DESC' }, take: 1000 });
  }

  private async suspendLocked(em: EntityManager, viewer: NonNullable<Viewer>, organisation: OrganisationEntity, reason: string): Promise<void> {
    if (organisation.assuranceStatus === AssuranceStatus.SUSPENDED) return;
    await this.status.setStatus(em, organisation, AssuranceStatus.SUSPENDED, { actorId: viewer.userId, reason });
    await this.audit.append(em, { actorId: viewer.userId, action: 'ORGANISATION_SUSPENDED', entityType: 'Organisation', entityId: organisation.id, organisationId: organisation.id, details: { reason } });
  }

  private async statusFromLastDecision(em: EntityManager, organisationId: string): Promise<{ status: AssuranceStatus; assuredUntil: string | null }> {
    const last = await em.getRepository(AssessmentEntity).findOne({ where: { organisationId }, order: { createdAt: 'DESC' } });
    if (!last) return { status: AssuranceStatus.NOT_ASSESSED, assuredUntil: null };
    if (last.decision === AssessmentDecision.ASSURE) return { status: effectiveStatus(AssuranceStatus.ASSURED, last.validUntil, isoDay(new Date())), assuredUntil: last.validUntil };
    if (last.decision === AssessmentDecision.REJECT) return { status: AssuranceStatus.REJECTED, assuredUntil: null };
    return { status: last.status, assuredUntil: null };
  }

}

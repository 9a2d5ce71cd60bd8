import { isoDay } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { Role, Viewer } from '@app/access';
import { BadUserInputError, ConflictError, NotFoundError, personalDataInTextProblem, RateLimitedError } from '@app/common';
import { Transactions } from '@app/database';
import { ActivitiesRepository, AssuranceStatus, OrganisationEntity } from '@app/directory';
import { AssessmentDecision, ConcernCategory, ConcernStatus } from '../assurance-enums';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditTrail } from '../audit/audit-trail';
import { effectiveStatus } from '../status/assurance-rules';
import { CLOCK, Clock } from '@app/common';
import { OrganisationAssurance } from '../status/organisation-assurance';
import { ConcernEntity } from './concern.entity';
import { ConcernsRepository } from './concerns.repository';

/**
 * Who may suspend an organisation at once by raising a safeguarding concern: people who work with
 * groups on the NHS or council side. A VCSE leader's concern (perhaps about a rival group) goes to
 * the assurers' triage instead, as does anyone's beyond the daily allowance.
 */
const PRECAUTIONARY_ROLES: readonly Role[] = [Role.LINK_WORKER, Role.ASSURER, Role.COMMISSIONER, Role.ADMIN];
export const PRECAUTIONARY_SUSPENSIONS_PER_DAY = 3;
export const CONCERNS_PER_DAY = 20;
const DAY_MS = 24 * 3600_000;

/** Concerns about groups, suspension and lifting it. */
@Injectable()
export class ConcernsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly concerns: ConcernsRepository,
    private readonly activities: ActivitiesRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditTrail,
    private readonly status: OrganisationAssurance,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  raise(
    viewer: NonNullable<Viewer>,
    input: { organisationId: string; activityId?: string | null; category: ConcernCategory; description: string },
  ): Promise<ConcernEntity> {
    const problem = personalDataInTextProblem(input.description);
    if (problem) throw BadUserInputError.field('description', `${problem}. Describe what happened at the group, not who it happened to`);
    return this.transactions.withTransaction(async () => {
      const organisation = await this.status.lock(input.organisationId);
      if (input.activityId) {
        const activity = await this.activities.findById(input.activityId);
        if (!activity || activity.organisationId !== input.organisationId)
          throw BadUserInputError.field('activityId', "is not one of this organisation's activities");
      }
      const since = new Date(this.clock.now().getTime() - DAY_MS);
      const recent = await this.concerns.raisedBySince(viewer.userId, since);
      if (recent.length >= CONCERNS_PER_DAY)
        throw new RateLimitedError(`At most ${CONCERNS_PER_DAY} concerns a day from one person; call the assurance team if this is urgent`, DAY_MS / 1000);
      const suspends =
        input.category === ConcernCategory.SAFEGUARDING &&
        PRECAUTIONARY_ROLES.includes(viewer.role) &&
        recent.filter((c) => c.precautionarySuspension).length < PRECAUTIONARY_SUSPENSIONS_PER_DAY &&
        organisation.assuranceStatus !== AssuranceStatus.SUSPENDED;
      const concern = await this.concerns.insert({
        organisationId: input.organisationId,
        activityId: input.activityId ?? null,
        category: input.category,
        description: input.description.trim(),
        raisedBy: viewer.userId,
        raisedAt: this.clock.now(),
        precautionarySuspension: suspends,
      });
      await this.audit.append({
        actorId: viewer.userId,
        action: 'CONCERN_RAISED',
        entityType: 'Concern',
        entityId: concern.id,
        organisationId: organisation.id,
        details: { category: input.category, activityId: concern.activityId, precautionarySuspension: suspends },
      });
      if (suspends) await this.suspendLocked(viewer, organisation, `safeguarding concern ${concern.id}`);
      return concern;
    });
  }

  suspend(viewer: NonNullable<Viewer>, organisationId: string, reason: string): Promise<OrganisationEntity> {
    return this.transactions.withTransaction(async () => {
      const organisation = await this.status.lock(organisationId);
      if (organisation.assuranceStatus === AssuranceStatus.SUSPENDED) throw new ConflictError('This organisation is already suspended');
      await this.suspendLocked(viewer, organisation, reason.trim());
      return organisation;
    });
  }

  /** Lifts a suspension: the organisation returns to the status it had before, unless its assurance lapsed meanwhile. */
  liftSuspension(viewer: NonNullable<Viewer>, organisationId: string, note: string): Promise<OrganisationEntity> {
    return this.transactions.withTransaction(async () => {
      const organisation = await this.status.lock(organisationId);
      if (organisation.assuranceStatus !== AssuranceStatus.SUSPENDED) throw new ConflictError('This organisation is not suspended');
      await this.liftLocked(viewer, organisation, note.trim());
      return organisation;
    });
  }

  /** Closes a concern; with reinstate, a suspended organisation's suspension is lifted. */
  resolve(viewer: NonNullable<Viewer>, concernId: string, note: string, reinstate: boolean): Promise<ConcernEntity> {
    const problem = personalDataInTextProblem(note);
    if (problem) throw BadUserInputError.field('note', problem);
    return this.transactions.withTransaction(async () => {
      const concern = await this.concerns.lockById(concernId);
      if (!concern) throw new NotFoundError('Concern', concernId);
      if (concern.status === ConcernStatus.RESOLVED) throw new ConflictError('This concern is already resolved');
      const organisation = await this.status.lock(concern.organisationId);
      Object.assign(concern, {
        status: ConcernStatus.RESOLVED,
        resolvedAt: this.clock.now(),
        resolvedBy: viewer.userId,
        resolutionNote: note.trim(),
        reinstated: reinstate,
      });
      await this.concerns.save(concern);
      await this.audit.append({
        actorId: viewer.userId,
        action: 'CONCERN_RESOLVED',
        entityType: 'Concern',
        entityId: concern.id,
        organisationId: organisation.id,
        details: { reinstate, note: concern.resolutionNote },
      });
      if (reinstate && organisation.assuranceStatus === AssuranceStatus.SUSPENDED)
        await this.liftLocked(viewer, organisation, `concern ${concern.id} resolved`);
      return concern;
    });
  }

  async get(id: string): Promise<ConcernEntity> {
    const concern = await this.concerns.findById(id);
    if (!concern) throw new NotFoundError('Concern', id);
    return concern;
  }

  /** Open concerns first, safeguarding first within them, oldest first: the assurers' triage order. */
  list(status?: ConcernStatus): Promise<ConcernEntity[]> {
    return this.concerns.list(status, 1000);
  }

  private async suspendLocked(viewer: NonNullable<Viewer>, organisation: OrganisationEntity, reason: string): Promise<void> {
    if (organisation.assuranceStatus === AssuranceStatus.SUSPENDED) return;
    await this.status.setStatus(organisation, AssuranceStatus.SUSPENDED, { actorId: viewer.userId, reason });
    await this.audit.append({
      actorId: viewer.userId,
      action: 'ORGANISATION_SUSPENDED',
      entityType: 'Organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      details: { reason },
    });
  }

  private async liftLocked(viewer: NonNullable<Viewer>, organisation: OrganisationEntity, reason: string): Promise<void> {
    const restored = await this.statusBeforeSuspension(organisation.id);
    await this.status.setStatus(organisation, restored.status, {
      actorId: viewer.userId,
      reason: `suspension lifted: ${reason}`,
      assuredUntil: restored.assuredUntil,
    });
    await this.audit.append({
      actorId: viewer.userId,
      action: 'ORGANISATION_REINSTATED',
      entityType: 'Organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      details: { to: restored.status, reason },
    });
  }

  /**
   * What the organisation was before its latest suspension (from the audit history), brought up to
   * date: a decision made while it was suspended counts, an assessment started meanwhile shows, and
   * an assurance whose date passed meanwhile has lapsed.
   */
  private async statusBeforeSuspension(organisationId: string): Promise<{ status: AssuranceStatus; assuredUntil: string | null }> {
    const event = await this.audit.latestStatusChangeTo(organisationId, AssuranceStatus.SUSPENDED);
    const details = event?.details ? (JSON.parse(event.details) as { from?: AssuranceStatus; assuredUntil?: string | null }) : {};
    let status = details.from ?? AssuranceStatus.NOT_ASSESSED;
    let until = details.assuredUntil ?? null;
    const latest = await this.assessments.latestFor(organisationId);
    const suspendedAt = event?.at ?? new Date(0);
    if (latest?.decidedAt && latest.decidedAt > suspendedAt) {
      status = latest.decision === AssessmentDecision.ASSURE ? AssuranceStatus.ASSURED : AssuranceStatus.REJECTED;
      until = latest.decision === AssessmentDecision.ASSURE ? latest.validUntil : null;
    } else if (
      latest &&
      [AssuranceStatus.IN_PROGRESS, AssuranceStatus.SUBMITTED].includes(latest.status) &&
      ![AssuranceStatus.ASSURED, AssuranceStatus.EXPIRING].includes(status)
    ) {
      status = latest.status;
    }
    return { status: effectiveStatus(status, until, isoDay(this.clock.now())), assuredUntil: until };
  }
}

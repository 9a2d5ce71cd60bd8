import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { AccountsRepository, UserType } from '@app/accounts';
import { BadUserInputError, DateScalar, IdPipe } from '@app/common';
import { ActivitiesService, DirectoryMapper, OrganisationType } from '@app/directory';
import { AssessmentDecision, AssuranceTier, ConcernStatus } from './assurance-enums';
import { AssessmentsService } from './assessments/assessments.service';
import { AssessmentType, EvidenceInput } from './assessments/assessment.types';
import { EvidenceReminders, EvidenceReminderType } from './assessments/evidence-reminders';
import { AssuranceAuditArgs, AuditChainCheckType, AuditEventType } from './audit/audit.types';
import { AuditTrail } from './audit/audit-trail';
import { ChecklistService } from './checklist/checklist.service';
import { ChecklistTemplateType } from './checklist/checklist.types';
import { ConcernEntity } from './concerns/concern.entity';
import { ConcernType, RaiseConcernInput } from './concerns/concern.types';
import { ConcernsService } from './concerns/concerns.service';
import { AssuredProviders } from './status/assured-providers';
import { AssuredProviderType } from './status/assured-provider.type';

const NOTE_MAX = 2000;
function note(value: string | undefined | null, field: string, required = false): string | undefined {
  const trimmed = value?.trim();
  if (required && !trimmed) throw BadUserInputError.field(field, 'is required');
  if (trimmed && trimmed.length > NOTE_MAX) throw BadUserInputError.field(field, `must be at most ${NOTE_MAX} characters`);
  return trimmed || undefined;
}

@Resolver()
export class AssuranceResolver {
  constructor(
    private readonly checklists: ChecklistService,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountsRepository,
    private readonly assessments: AssessmentsService,
    private readonly concernsService: ConcernsService,
    private readonly providers: AssuredProviders,
    private readonly reminders: EvidenceReminders,
    private readonly activities: ActivitiesService,
    private readonly mapper: DirectoryMapper,
  ) {}

  @Authenticated()
  @Query(() => ChecklistTemplateType, { description: 'The current quality-assurance checklist' })
  async checklistTemplate(): Promise<ChecklistTemplateType> {
    return ChecklistTemplateType.from(await this.checklists.current());
  }

  @Authenticated()
  @Query(() => AssessmentType, { nullable: true, description: "The organisation's leaders, assurers, commissioners and admins" })
  assessment(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.assessments.get(viewer, id);
  }

  @Authenticated()
  @Query(() => [AssessmentType], { description: 'Newest first' })
  organisationAssessments(@Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @CurrentViewer() viewer: Viewer) {
    return this.assessments.forOrganisation(viewer, organisationId);
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN, Role.LINK_WORKER)
  @Query(() => [OrganisationType], { description: 'Who was assured at that moment (from the audit history), or now' })
  async assuredProviders(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined) {
    return (await this.providers.at(asOf ?? undefined)).map((o) => OrganisationType.from(o));
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [AuditEventType], { description: 'Assurance events in order, by organisation and time (first 1000)' })
  async assuranceAudit(@Args() args: AssuranceAuditArgs): Promise<AuditEventType[]> {
    const events = await this.audit.list(args);
    const actors = new Map(
      (await this.accounts.findByIds([...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))])).map((u) => [u.id, UserType.from(u)]),
    );
    return events.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actorId ? (actors.get(e.actorId) ?? null) : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      organisationId: e.organisationId,
      details: e.details,
      hash: e.hash,
    }));
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [String], { description: 'The kinds of event the audit trail holds so far' })
  auditActions(): Promise<string[]> {
    return this.audit.actions();
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN, Role.LINK_WORKER)
  @Query(() => [AssuredProviderType], {
    description: 'The assured-providers register at the end of a day (today when none), with the status, tier, dates and assurer each had then',
  })
  assuredProviderRegister(@Args('asOf', { type: () => DateScalar, nullable: true }) asOf: string | undefined) {
    return this.providers.register(asOf ?? undefined);
  }

  @Roles(Role.ASSURER, Role.ADMIN)
  @Query(() => [AssessmentType], { description: 'Submitted assessments waiting for a decision, longest waiting first (first 500)' })
  assessmentQueue(@CurrentViewer() viewer: Viewer) {
    return this.assessments.queue(viewer);
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => AuditChainCheckType, { description: 'Recomputes the audit hash chain' })
  verifyAuditChain(): Promise<AuditChainCheckType> {
    return this.audit.verify();
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [ConcernType])
  async concerns(@Args('status', { type: () => ConcernStatus, nullable: true }) status: ConcernStatus | undefined) {
    return this.concernTypes(await this.concernsService.list(status ?? undefined));
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => ConcernType)
  async concern(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return (await this.concernTypes([await this.concernsService.get(id)]))[0];
  }

  @Roles(Role.VCSE_LEADER, Role.ASSURER, Role.ADMIN)
  @Query(() => [EvidenceReminderType], { description: 'Evidence running out within N days: leaders see their own organisations' })
  expiringEvidence(@Args('withinDays', { type: () => Int }) withinDays: number, @CurrentViewer() viewer: NonNullable<Viewer>) {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw BadUserInputError.field('withinDays', 'must be from 0 to 366');
    return this.reminders.expiringWithin(viewer, withinDays);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => AssessmentType)
  startAssessment(
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('tier', { type: () => AssuranceTier }) tier: AssuranceTier,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assessments.start(viewer, organisationId, tier);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => AssessmentType)
  provideEvidence(
    @Args('assessmentId', { type: () => ID }, IdPipe) assessmentId: string,
    @Args('input') input: EvidenceInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assessments.provide(viewer, assessmentId, input);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => AssessmentType)
  submitAssessment(@Args('assessmentId', { type: () => ID }, IdPipe) assessmentId: string, @CurrentViewer() viewer: Viewer) {
    return this.assessments.submit(viewer, assessmentId);
  }

  @Roles(Role.ASSURER)
  @Mutation(() => AssessmentType)
  reviewEvidence(
    @Args('assessmentId', { type: () => ID }, IdPipe) assessmentId: string,
    @Args('itemKey', { type: () => String }) itemKey: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
    @Args('note', { type: () => String, nullable: true }) reviewNote: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assessments.review(viewer, assessmentId, itemKey, accept, note(reviewNote, 'note', !accept));
  }

  @Roles(Role.ASSURER)
  @Mutation(() => AssessmentType)
  decideAssessment(
    @Args('assessmentId', { type: () => ID }, IdPipe) assessmentId: string,
    @Args('decision', { type: () => AssessmentDecision }) decision: AssessmentDecision,
    @Args('note', { type: () => String, nullable: true }) decisionNote: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assessments.decide(viewer, assessmentId, decision, note(decisionNote, 'note'));
  }

  @Authenticated()
  @Mutation(() => ConcernType, {
    description:
      'Anyone signed in. A SAFEGUARDING concern from a link worker, assurer, commissioner or admin suspends the organisation at once (at most 3 a day each); any other goes to the assurers’ triage',
  })
  async raiseConcern(@Args('input') input: RaiseConcernInput, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return (await this.concernTypes([await this.concernsService.raise(viewer, input)]))[0];
  }

  @Roles(Role.ASSURER)
  @Mutation(() => OrganisationType)
  async suspendOrganisation(
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return OrganisationType.from(await this.concernsService.suspend(viewer, organisationId, note(reason, 'reason', true)!));
  }

  @Roles(Role.ASSURER)
  @Mutation(() => OrganisationType, {
    description: 'Returns the organisation to the status it had before the suspension, unless its assurance lapsed meanwhile',
  })
  async liftSuspension(
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('note', { type: () => String }) liftNote: string,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return OrganisationType.from(await this.concernsService.liftSuspension(viewer, organisationId, note(liftNote, 'note', true)!));
  }

  @Roles(Role.ASSURER)
  @Mutation(() => ConcernType)
  async resolveConcern(
    @Args('concernId', { type: () => ID }, IdPipe) concernId: string,
    @Args('note', { type: () => String }) resolution: string,
    @Args('reinstate', { type: () => Boolean }) reinstate: boolean,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return (await this.concernTypes([await this.concernsService.resolve(viewer, concernId, note(resolution, 'note', true)!, reinstate)]))[0];
  }

  private async concernTypes(concerns: ConcernEntity[]): Promise<ConcernType[]> {
    const activities = new Map((await this.activities.findByIds(concerns.map((c) => c.activityId).filter((id): id is string => !!id))).map((a) => [a.id, a]));
    const organisations = new Map(
      (await this.activities.organisationsByIds([...new Set(concerns.map((c) => c.organisationId))])).map((o) => [o.id, OrganisationType.from(o)]),
    );
    return concerns.map((c) => ({
      id: c.id,
      organisation: organisations.get(c.organisationId)!,
      activity: c.activityId && activities.has(c.activityId) ? this.mapper.activity(activities.get(c.activityId)!) : null,
      category: c.category,
      description: c.description,
      status: c.status,
      precautionarySuspension: c.precautionarySuspension,
      raisedAt: c.raisedAt,
      resolvedAt: c.resolvedAt,
      resolutionNote: c.resolutionNote,
    }));
  }
}

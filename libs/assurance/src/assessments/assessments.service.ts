import { isoDay } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { AccountsRepository, UserType } from '@app/accounts';
import { BadUserInputError, ConflictError, FieldProblem, NotFoundError } from '@app/common';
import { Transactions } from '@app/database';
import { AssuranceStatus, OrganisationEntity, OrganisationsRepository, OrganisationType } from '@app/directory';
import { AssessmentDecision, AssuranceTier, EvidenceKind, EvidenceStatus } from '../assurance-enums';
import { AuditTrail } from '../audit/audit-trail';
import { ChecklistItemDefinition, ChecklistTemplateEntity } from '../checklist/checklist-template.entity';
import { ChecklistService } from '../checklist/checklist.service';
import { ChecklistTemplateType } from '../checklist/checklist.types';
import { EvidenceDocumentsRepository } from '../documents/evidence-documents.repository';
import { assuredUntil, effectiveEvidenceStatus, effectiveStatus, evidenceExpiry } from '../status/assurance-rules';
import { CLOCK, Clock } from '@app/common';
import { OrganisationAssurance } from '../status/organisation-assurance';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentType, EvidenceInput, EvidenceItemType } from './assessment.types';

const OPEN = [AssuranceStatus.IN_PROGRESS, AssuranceStatus.SUBMITTED];
const READERS = [Role.ASSURER, Role.COMMISSIONER, Role.ADMIN];

/** The assurance workflow: start → provide evidence → submit → review each item → decide. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentsRepository,
    private readonly documents: EvidenceDocumentsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly checklists: ChecklistService,
    private readonly audit: AuditTrail,
    private readonly status: OrganisationAssurance,
    private readonly access: OrganisationAccess,
    private readonly accounts: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(viewer: Viewer, organisationId: string, tier: AssuranceTier): Promise<AssessmentType> {
    const id = await this.transactions.withTransaction(async () => {
      const organisation = await this.status.lock(organisationId);
      await this.access.assertCanManage(viewer, organisationId);
      const open = await this.assessments.openFor(organisationId, OPEN);
      if (open) throw new ConflictError(`Assessment ${open.id} is still open for this organisation`);
      const template = await this.checklists.current();
      const previous = await this.assessments.latestFor(organisationId);
      const assessment = await this.assessments.insert({ organisationId, templateId: template.id, tier, status: AssuranceStatus.IN_PROGRESS });
      // Re-assessment starts from the last evidence: copied as provided, to be reviewed afresh.
      const earlier = previous ? await this.assessments.evidenceOf([previous.id]) : [];
      const byKey = new Map(earlier.filter((e) => e.status !== EvidenceStatus.MISSING).map((e) => [e.itemKey, e]));
      await this.assessments.insertEvidence(
        template.items.map((item) => {
          const from = byKey.get(item.key);
          return {
            assessmentId: assessment.id,
            itemKey: item.key,
            status: from ? EvidenceStatus.PROVIDED : EvidenceStatus.MISSING,
            reference: from?.reference ?? null,
            documentId: from?.documentId ?? null,
            declared: from?.declared ?? null,
            issuedOn: from?.issuedOn ?? null,
            expiresOn: from?.expiresOn ?? null,
            providedAt: from?.providedAt ?? null,
          };
        }),
      );
      await this.record(viewer, 'ASSESSMENT_STARTED', assessment, { tier, templateVersion: template.version, copiedItems: byKey.size });
      if ([AssuranceStatus.NOT_ASSESSED, AssuranceStatus.REJECTED, AssuranceStatus.LAPSED].includes(organisation.assuranceStatus)) {
        await this.status.setStatus(organisation, AssuranceStatus.IN_PROGRESS, { actorId: viewer!.userId, reason: 'assessment started' });
      }
      return assessment.id;
    });
    return this.get(viewer, id);
  }

  async provide(viewer: Viewer, assessmentId: string, input: EvidenceInput): Promise<AssessmentType> {
    await this.transactions.withTransaction(async () => {
      const { assessment, template } = await this.lockAssessment(assessmentId);
      await this.access.assertCanManage(viewer, assessment.organisationId);
      if (assessment.status !== AssuranceStatus.IN_PROGRESS) throw new ConflictError('Evidence can be provided only while the assessment is in progress');
      const item = this.item(template, input.itemKey);
      await this.assertEvidenceValid(item, input, assessment.organisationId);
      await this.assessments.updateEvidence(assessmentId, item.key, {
        status: EvidenceStatus.PROVIDED,
        reference: input.reference?.trim() ?? null,
        documentId: input.documentId ?? null,
        declared: input.declared ?? null,
        issuedOn: input.issuedOn ?? null,
        expiresOn: input.expiresOn ?? null,
        providedAt: this.clock.now(),
        // The assurer's note stays with the item so that, after a return for changes, both sides see what was asked.
        reviewedAt: null,
        reviewedBy: null,
      });
      await this.record(viewer, 'EVIDENCE_PROVIDED', assessment, {
        itemKey: item.key,
        documentId: input.documentId ?? null,
        expiresOn: input.expiresOn ?? null,
      });
    });
    return this.get(viewer, assessmentId);
  }

  async submit(viewer: Viewer, assessmentId: string): Promise<AssessmentType> {
    await this.transactions.withTransaction(async () => {
      const { assessment, template, organisation } = await this.lockAssessment(assessmentId);
      await this.access.assertCanManage(viewer, assessment.organisationId);
      if (assessment.status !== AssuranceStatus.IN_PROGRESS) throw new ConflictError('Only an assessment in progress can be submitted');
      const evidence = await this.evidence(assessmentId, template);
      const problems: FieldProblem[] = [];
      for (const item of this.required(template, assessment.tier)) {
        const status = evidence.get(item.key)!.status;
        if (status === EvidenceStatus.MISSING) problems.push({ field: `evidence.${item.key}`, message: `${item.title} is missing` });
        if (status === EvidenceStatus.EXPIRED) problems.push({ field: `evidence.${item.key}`, message: `${item.title} has expired` });
        if (status === EvidenceStatus.REJECTED)
          problems.push({ field: `evidence.${item.key}`, message: `${item.title} needs the changes the assurer asked for` });
      }
      if (problems.length) throw new BadUserInputError(problems);
      assessment.status = AssuranceStatus.SUBMITTED;
      assessment.submittedAt = this.clock.now();
      await this.assessments.save(assessment);
      await this.record(viewer, 'ASSESSMENT_SUBMITTED', assessment, {});
      if (organisation.assuranceStatus === AssuranceStatus.IN_PROGRESS) {
        await this.status.setStatus(organisation, AssuranceStatus.SUBMITTED, { actorId: viewer!.userId, reason: 'assessment submitted' });
      }
    });
    return this.get(viewer, assessmentId);
  }

  async review(viewer: Viewer, assessmentId: string, itemKey: string, accept: boolean, note: string | undefined): Promise<AssessmentType> {
    await this.transactions.withTransaction(async () => {
      const { assessment, template } = await this.lockAssessment(assessmentId);
      if (assessment.status !== AssuranceStatus.SUBMITTED) throw new ConflictError('Only a submitted assessment can be reviewed');
      const item = this.item(template, itemKey);
      const current = (await this.assessments.evidenceItem(assessmentId, itemKey))!;
      if (current.status === EvidenceStatus.MISSING) throw BadUserInputError.field('itemKey', `${item.title} has no evidence to review`);
      if (!accept && !note?.trim()) throw BadUserInputError.field('note', 'say why the evidence is rejected');
      await this.assessments.updateEvidence(assessmentId, itemKey, {
        status: accept ? EvidenceStatus.ACCEPTED : EvidenceStatus.REJECTED,
        reviewerNote: note?.trim() || null,
        reviewedAt: this.clock.now(),
        reviewedBy: viewer!.userId,
      });
      await this.record(viewer, 'EVIDENCE_REVIEWED', assessment, { itemKey, accepted: accept, note: note?.trim() || null });
    });
    return this.get(viewer, assessmentId);
  }

  async decide(viewer: Viewer, assessmentId: string, decision: AssessmentDecision, note: string | undefined): Promise<AssessmentType> {
    await this.transactions.withTransaction(async () => {
      const { assessment, template, organisation } = await this.lockAssessment(assessmentId);
      if (assessment.status !== AssuranceStatus.SUBMITTED) throw new ConflictError('Only a submitted assessment can be decided');
      const now = this.clock.now();
      const today = isoDay(now);
      const evidence = await this.evidence(assessmentId, template);
      if (decision === AssessmentDecision.RETURN_FOR_CHANGES) return this.returnForChanges(viewer, assessment, organisation, evidence, note);
      if (decision === AssessmentDecision.ASSURE) {
        const problems = this.required(template, assessment.tier)
          .filter((item) => evidence.get(item.key)!.status !== EvidenceStatus.ACCEPTED)
          .map((item) => ({
            field: `evidence.${item.key}`,
            message: `${item.title} is ${evidence.get(item.key)!.status.toLowerCase()}, not accepted and in date`,
          }));
        if (problems.length) throw new BadUserInputError(problems);
        const accepted = [...evidence.values()].filter((e) => e.status === EvidenceStatus.ACCEPTED);
        assessment.validUntil = assuredUntil(
          today,
          accepted.map((e) => e.validUntil),
        );
      }
      assessment.status = decision === AssessmentDecision.ASSURE ? AssuranceStatus.ASSURED : AssuranceStatus.REJECTED;
      assessment.decision = decision;
      assessment.decisionNote = note?.trim() || null;
      assessment.decidedAt = now;
      assessment.decidedBy = viewer!.userId;
      await this.assessments.save(assessment);
      await this.record(viewer, 'ASSESSMENT_DECIDED', assessment, { decision, validUntil: assessment.validUntil, note: assessment.decisionNote });
      if (decision === AssessmentDecision.ASSURE && organisation.assuranceStatus !== AssuranceStatus.SUSPENDED) {
        const to = effectiveStatus(AssuranceStatus.ASSURED, assessment.validUntil, today);
        await this.status.setStatus(organisation, to, { actorId: viewer!.userId, reason: 'assessment assured', assuredUntil: assessment.validUntil });
      } else if (decision === AssessmentDecision.REJECT && OPEN.includes(organisation.assuranceStatus)) {
        await this.status.setStatus(organisation, AssuranceStatus.REJECTED, { actorId: viewer!.userId, reason: 'assessment rejected' });
      }
    });
    return this.get(viewer, assessmentId);
  }

  /**
   * Sends a submitted assessment back to the organisation: it is in progress again, with the items the
   * assurer asked to change marked REJECTED and their notes; accepted items stay accepted.
   */
  private async returnForChanges(
    viewer: Viewer,
    assessment: AssessmentEntity,
    organisation: OrganisationEntity,
    evidence: Map<string, EvidenceItemType>,
    note: string | undefined,
  ): Promise<void> {
    const toChange = [...evidence.values()].filter((e) => e.status === EvidenceStatus.REJECTED || e.status === EvidenceStatus.EXPIRED);
    if (!toChange.length && !note?.trim())
      throw BadUserInputError.field('note', 'say what to change: ask for changes on an item, or write a note for the organisation');
    assessment.status = AssuranceStatus.IN_PROGRESS;
    assessment.returnedAt = this.clock.now();
    assessment.returnNote = note?.trim() || null;
    assessment.timesReturned += 1;
    await this.assessments.save(assessment);
    await this.record(viewer, 'ASSESSMENT_RETURNED', assessment, { items: toChange.map((e) => e.itemKey), note: assessment.returnNote });
    if (organisation.assuranceStatus === AssuranceStatus.SUBMITTED)
      await this.status.setStatus(organisation, AssuranceStatus.IN_PROGRESS, { actorId: viewer!.userId, reason: 'assessment returned for changes' });
  }

  /** Submitted assessments, longest waiting first: the assurers' queue. */
  async queue(viewer: Viewer): Promise<AssessmentType[]> {
    return this.views(await this.assessments.submitted(500), viewer);
  }

  /** Members of the organisation, assurers, commissioners and admins; link workers see only the badge. */
  async get(viewer: Viewer, id: string): Promise<AssessmentType> {
    const assessment = await this.assessments.findById(id);
    if (!assessment) throw new NotFoundError('Assessment', id);
    await this.assertCanRead(viewer, assessment.organisationId);
    return (await this.views([assessment], viewer))[0];
  }

  async forOrganisation(viewer: Viewer, organisationId: string): Promise<AssessmentType[]> {
    if (!(await this.organisations.exists(organisationId))) throw new NotFoundError('Organisation', organisationId);
    await this.assertCanRead(viewer, organisationId);
    return this.views(await this.assessments.forOrganisation(organisationId), viewer);
  }

  /** The organisation's leaders, and those who oversee assurance: assurers, commissioners and admins. */
  assertCanRead(viewer: Viewer, organisationId: string): Promise<void> {
    return this.access.assertCanRead(viewer, organisationId, READERS, 'its assessments');
  }

  /** Which assurer decided is for assurers, commissioners and admins (the audit); leaders see the decision, not the person. */
  private async views(assessments: AssessmentEntity[], viewer: Viewer): Promise<AssessmentType[]> {
    if (!assessments.length) return [];
    const seesAssurer = !!viewer && READERS.includes(viewer.role);
    const templates = await this.checklists.byId([...new Set(assessments.map((a) => a.templateId))]);
    const organisations = new Map((await this.organisations.findByIds([...new Set(assessments.map((a) => a.organisationId))])).map((o) => [o.id, o]));
    const deciders = new Map(
      (await this.accounts.findByIds(assessments.map((a) => a.decidedBy).filter((id): id is string => !!id))).map((u) => [u.id, UserType.from(u)]),
    );
    const today = isoDay(this.clock.now());
    return Promise.all(
      assessments.map(async (a) => {
        const template = templates.get(a.templateId)!;
        const evidence = await this.evidence(a.id, template);
        const decided = a.status === AssuranceStatus.ASSURED ? effectiveStatus(AssuranceStatus.ASSURED, a.validUntil, today) : a.status;
        return Object.assign(new AssessmentType(), {
          id: a.id,
          organisation: OrganisationType.from(organisations.get(a.organisationId)!),
          tier: a.tier,
          status: decided,
          template: ChecklistTemplateType.from(template),
          evidence: [...evidence.values()],
          submittedAt: a.submittedAt,
          decidedAt: a.decidedAt,
          decidedBy: seesAssurer && a.decidedBy ? (deciders.get(a.decidedBy) ?? null) : null,
          validUntil: a.validUntil,
          decisionNote: a.decisionNote,
          returnedAt: a.returnedAt,
          returnNote: a.returnNote,
          timesReturned: a.timesReturned,
        });
      }),
    );
  }

  /** Evidence in checklist order, with EXPIRED and each item's last valid day worked out for today. */
  private async evidence(assessmentId: string, template: ChecklistTemplateEntity): Promise<Map<string, EvidenceItemType>> {
    const rows = new Map((await this.assessments.evidenceOf([assessmentId])).map((r) => [r.itemKey, r]));
    const today = isoDay(this.clock.now());
    const result = new Map<string, EvidenceItemType>();
    for (const item of template.items) {
      const row = rows.get(item.key);
      if (!row) continue;
      const validUntil = row.status === EvidenceStatus.MISSING ? null : evidenceExpiry(row, item.validityMonths, today);
      result.set(item.key, {
        itemKey: item.key,
        status: effectiveEvidenceStatus(row.status, validUntil, today),
        reference: row.reference,
        documentId: row.documentId,
        declared: row.declared,
        issuedOn: row.issuedOn,
        expiresOn: row.expiresOn,
        validUntil,
        reviewerNote: row.reviewerNote,
      });
    }
    return result;
  }

  private required(template: ChecklistTemplateEntity, tier: AssuranceTier): ChecklistItemDefinition[] {
    return template.items.filter((i) => i.requiredForTiers.includes(tier));
  }

  private item(template: ChecklistTemplateEntity, key: string): ChecklistItemDefinition {
    const item = template.items.find((i) => i.key === key);
    if (!item) throw BadUserInputError.field('itemKey', `"${key}" is not an item of checklist version ${template.version}`);
    return item;
  }

  private async assertEvidenceValid(item: ChecklistItemDefinition, input: EvidenceInput, organisationId: string): Promise<void> {
    const problems: FieldProblem[] = [];
    const today = isoDay(this.clock.now());
    if (item.evidenceKind === EvidenceKind.DOCUMENT && !input.documentId)
      problems.push({ field: 'documentId', message: `${item.title} needs an uploaded document` });
    if (item.evidenceKind === EvidenceKind.DATE && !input.expiresOn) problems.push({ field: 'expiresOn', message: `${item.title} needs the date it ends` });
    if (item.evidenceKind === EvidenceKind.REFERENCE && !input.reference?.trim())
      problems.push({ field: 'reference', message: `${item.title} needs a reference` });
    if (item.evidenceKind === EvidenceKind.DECLARATION && input.declared !== true)
      problems.push({ field: 'declared', message: `${item.title} needs your declaration (true)` });
    if (input.issuedOn && input.issuedOn > today) problems.push({ field: 'issuedOn', message: 'must not be in the future' });
    if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) problems.push({ field: 'expiresOn', message: 'must not be before issuedOn' });
    if (input.documentId) {
      const document = await this.documents.findById(input.documentId);
      if (!document || document.organisationId !== organisationId) problems.push({ field: 'documentId', message: "no such document of this organisation's" });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }

  /** The assessment, its checklist and its organisation, locked for this transaction. */
  private async lockAssessment(id: string) {
    const assessment = await this.assessments.lockById(id);
    if (!assessment) throw new NotFoundError('Assessment', id);
    const organisation = await this.status.lock(assessment.organisationId);
    const template = (await this.checklists.byId([assessment.templateId])).get(assessment.templateId)!;
    return { assessment, template, organisation };
  }

  private record(viewer: Viewer, action: string, assessment: AssessmentEntity, details: Record<string, unknown>) {
    return this.audit.append({
      actorId: viewer?.userId ?? null,
      action,
      entityType: 'Assessment',
      entityId: assessment.id,
      organisationId: assessment.organisationId,
      details,
    });
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { AssuranceStatus } from '@app/directory';
import { AssessmentEntity } from './assessment.entity';
import { EvidenceItemEntity } from './evidence-item.entity';

/** Evidence with its assessment, as the reminders and the assurance report read it. */
export interface CurrentEvidenceRow {
  organisationId: string;
  assessmentId: string;
  templateId: string;
  itemKey: string;
  status: string;
  issuedOn: string | null;
  expiresOn: string | null;
  providedAt: Date | null;
}

/** Assessments and their evidence items. */
@Injectable()
export class AssessmentsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get assessments() {
    return this.transactions.tx.getRepository(AssessmentEntity);
  }

  private get evidenceItems() {
    return this.transactions.tx.getRepository(EvidenceItemEntity);
  }

  findById(id: string): Promise<AssessmentEntity | null> {
    return this.assessments.findOneBy({ id });
  }

  lockById(id: string): Promise<AssessmentEntity | null> {
    return this.assessments.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first. */
  forOrganisation(organisationId: string): Promise<AssessmentEntity[]> {
    return this.assessments.find({ where: { organisationId }, order: { createdAt: 'DESC' } });
  }

  latestFor(organisationId: string): Promise<AssessmentEntity | null> {
    return this.assessments.findOne({ where: { organisationId }, order: { createdAt: 'DESC' } });
  }

  openFor(organisationId: string, open: AssuranceStatus[]): Promise<AssessmentEntity | null> {
    return this.assessments.findOneBy({ organisationId, status: In(open) });
  }

  /** Submitted assessments waiting for a decision, longest waiting first. */
  submitted(limit: number): Promise<AssessmentEntity[]> {
    return this.assessments.find({ where: { status: AssuranceStatus.SUBMITTED }, order: { submittedAt: 'ASC' }, take: limit });
  }

  /** Each organisation's latest ASSURE decision made at or before the moment (the assured-providers register on a date). */
  async assuredDecisionsAt(moment: Date): Promise<Map<string, AssessmentEntity>> {
    const rows = await this.assessments
      .createQueryBuilder('a')
      .distinctOn(['a.organisation_id'])
      .where("a.decision = 'ASSURE' AND a.decided_at <= :moment", { moment })
      .orderBy('a.organisation_id')
      .addOrderBy('a.decided_at', 'DESC')
      .getMany();
    return new Map(rows.map((a) => [a.organisationId, a]));
  }

  /** Each organisation's latest assessment (one query, for the assurance report). */
  async latestOfEach(organisationIds: readonly string[]): Promise<Map<string, AssessmentEntity>> {
    if (!organisationIds.length) return new Map();
    const latest = await this.assessments
      .createQueryBuilder('a')
      .distinctOn(['a.organisation_id'])
      .where('a.organisation_id IN (:...ids)', { ids: organisationIds })
      .orderBy('a.organisation_id')
      .addOrderBy('a.created_at', 'DESC')
      .getMany();
    return new Map(latest.map((a) => [a.organisationId, a]));
  }

  /** The day each organisation's latest ASSURE decision was made, for those that have one. */
  async lastAssuredOn(organisationIds: readonly string[]): Promise<Map<string, string>> {
    if (!organisationIds.length) return new Map();
    const rows: { organisation_id: string; assured_on: string }[] = await this.transactions.tx.query(
      `SELECT DISTINCT ON (organisation_id) organisation_id, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS assured_on
         FROM assessments WHERE organisation_id = ANY($1::uuid[]) AND decision = 'ASSURE'
        ORDER BY organisation_id, decided_at DESC`,
      [organisationIds],
    );
    return new Map(rows.map((r) => [r.organisation_id, r.assured_on]));
  }

  insert(values: Partial<AssessmentEntity>): Promise<AssessmentEntity> {
    return this.assessments.save(this.assessments.create(values));
  }

  save(assessment: AssessmentEntity): Promise<AssessmentEntity> {
    return this.assessments.save(assessment);
  }

  evidenceOf(assessmentIds: readonly string[]): Promise<EvidenceItemEntity[]> {
    return assessmentIds.length ? this.evidenceItems.findBy({ assessmentId: In([...assessmentIds]) }) : Promise.resolve([]);
  }

  evidenceItem(assessmentId: string, itemKey: string): Promise<EvidenceItemEntity | null> {
    return this.evidenceItems.findOneBy({ assessmentId, itemKey });
  }

  async insertEvidence(items: Omit<Partial<EvidenceItemEntity>, 'assessment'>[]): Promise<void> {
    if (items.length) await this.evidenceItems.insert(items);
  }

  async updateEvidence(assessmentId: string, itemKey: string, changes: Omit<Partial<EvidenceItemEntity>, 'assessment'>): Promise<void> {
    await this.evidenceItems.update({ assessmentId, itemKey }, changes);
  }

  /** Provided evidence of each organisation's latest assessment while it is open or assured (in these organisations, or all). */
  async currentEvidence(organisationIds: readonly string[] | undefined): Promise<CurrentEvidenceRow[]> {
    const rows: Record<string, unknown>[] = await this.transactions.tx.query(
      `SELECT a.organisation_id, a.id AS assessment_id, a.template_id, e.item_key, e.status, e.issued_on, e.expires_on, e.provided_at
         FROM (SELECT DISTINCT ON (organisation_id) * FROM assessments ORDER BY organisation_id, created_at DESC) a
         JOIN evidence_items e ON e.assessment_id = a.id AND e.status <> 'MISSING'
        WHERE a.status IN ('IN_PROGRESS', 'SUBMITTED', 'ASSURED')
          AND ($1::uuid[] IS NULL OR a.organisation_id = ANY($1::uuid[]))`,
      [organisationIds ?? null],
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id as string,
      assessmentId: r.assessment_id as string,
      templateId: r.template_id as string,
      itemKey: r.item_key as string,
      status: r.status as string,
      issuedOn: r.issued_on as string | null,
      expiresOn: r.expires_on as string | null,
      providedAt: r.provided_at as Date | null,
    }));
  }
}

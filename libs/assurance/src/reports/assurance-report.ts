import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { AccountsRepository } from '@app/accounts';
import { csvTable } from '@app/common';
import { OrganisationsRepository } from '@app/directory';
import { EvidenceStatus } from '../assurance-enums';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { effectiveStatus, evidenceExpiry } from '../status/assurance-rules';
import { ChecklistService } from '../checklist/checklist.service';

/**
 * Every organisation with its assurance: status, tier, decision date, assurer, valid-until, and the
 * expiry of each evidence item of its latest assessment (one column per current checklist item).
 */
@Injectable()
export class AssuranceReport {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly accounts: AccountsRepository,
    private readonly checklists: ChecklistService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async csv(): Promise<string> {
    const current = await this.checklists.current();
    const today = isoDay(this.clock.now());
    const organisations = await this.organisations.all();
    const latest = await this.assessments.latestOfEach(organisations.map((o) => o.id));
    const assessments = [...latest.values()];
    const evidence = await this.assessments.evidenceOf(assessments.map((a) => a.id));
    const templates = await this.checklists.byId([...new Set(assessments.map((a) => a.templateId))]);
    const assurers = new Map((await this.accounts.findByIds(assessments.flatMap((a) => (a.decidedBy ? [a.decidedBy] : [])))).map((u) => [u.id, u.email]));
    const header = [
      'organisation_id',
      'organisation',
      'charity_number',
      'status',
      'tier',
      'decision',
      'decision_date',
      'assurer',
      'valid_until',
      ...current.items.map((i) => `expiry_${i.key}`),
    ];
    const rows: unknown[][] = [];
    for (const o of organisations) {
      const a = latest.get(o.id);
      const template = a ? templates.get(a.templateId) : undefined;
      const expiries = current.items.map((item) => {
        const e = a && evidence.find((x) => x.assessmentId === a.id && x.itemKey === item.key);
        if (!e || e.status === EvidenceStatus.MISSING) return '';
        const validity = template?.items.find((i) => i.key === item.key)?.validityMonths ?? item.validityMonths;
        return evidenceExpiry(e, validity, today) ?? 'no expiry';
      });
      rows.push([
        o.id,
        o.name,
        o.charityNumber,
        effectiveStatus(o.assuranceStatus, o.assuredUntil, today),
        a?.tier,
        a?.decision,
        a?.decidedAt ? isoDay(a.decidedAt) : '',
        a?.decidedBy ? assurers.get(a.decidedBy) : '',
        o.assuredUntil,
        ...expiries,
      ]);
    }
    return csvTable(header, rows);
  }
}

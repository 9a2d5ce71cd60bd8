import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { csvField } from '@app/common';
import { effectiveStatus, evidenceExpiry } from '../status/assurance-rules';
import { ChecklistService } from '../checklist/checklist.service';
import { ChecklistTemplateEntity } from '../checklist/checklist-template.entity';

/**
 * Every organisation with its assurance: status, tier, decision date, assurer, valid-until, and the
 * expiry of each evidence item of its latest assessment (one column per current checklist item).
 */
@Injectable()
export class AssuranceReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checklists: ChecklistService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async csv(): Promise<string> {
    const current = await this.checklists.current();
    const today = isoDay(this.clock.now());
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.charity_number, o.assurance_status, o.assured_until,
              a.id AS assessment_id, a.tier, a.decided_at, a.decision, a.template_id, u.email AS assurer
         FROM organisations o
         LEFT JOIN LATERAL (SELECT * FROM assessments x WHERE x.organisation_id = o.id ORDER BY x.created_at DESC LIMIT 1) a ON true
         LEFT JOIN users u ON u.id = a.decided_by
        ORDER BY o.name`,
    );
    const evidence: {
      assessment_id: string;
      item_key: string;
      status: string;
      issued_on: string | null;
      expires_on: string | null;
      provided_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT assessment_id, item_key, status, issued_on, expires_on, provided_at
           FROM evidence_items WHERE assessment_id = ANY($1::uuid[])`,
      [rows.map((r) => r.assessment_id).filter(Boolean)],
    );
    const templates = new Map<string, ChecklistTemplateEntity>([[current.id, current]]);
    for (const id of new Set(rows.map((r) => r.template_id).filter((id) => id && !templates.has(id)))) {
      templates.set(id, await this.dataSource.getRepository(ChecklistTemplateEntity).findOneByOrFail({ id }));
    }
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
    const lines = [header.map(csvField).join(',')];
    for (const r of rows) {
      const template = r.template_id ? templates.get(r.template_id)! : undefined;
      const expiries = current.items.map((item) => {
        const e = evidence.find((x) => x.assessment_id === r.assessment_id && x.item_key === item.key);
        if (!e || e.status === 'MISSING') return '';
        const validity = template?.items.find((i) => i.key === item.key)?.validityMonths ?? item.validityMonths;
        return evidenceExpiry({ issuedOn: e.issued_on, expiresOn: e.expires_on, providedAt: e.provided_at }, validity, today) ?? 'no expiry';
      });
      const assuredUntil: string | null = r.assured_until;
      lines.push(
        [
          r.id,
          r.name,
          r.charity_number,
          effectiveStatus(r.assurance_status, assuredUntil, today),
          r.tier,
          r.decision,
          r.decided_at ? isoDay(r.decided_at) : '',
          r.assurer,
          assuredUntil,
          ...expiries,
        ]
          .map(csvField)
          .join(','),
      );
    }
    return lines.join('\r\n') + '\r\n';
  }
}

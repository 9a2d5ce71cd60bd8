import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssuranceStatus, ASSURED_STATUSES, OrganisationEntity } from '@app/directory';
import { effectiveStatus } from './assurance-rules';

/**
 * Who was assured at a moment, read from the audit trail's ORGANISATION_STATUS_CHANGED history (not
 * from today's state): the last change at or before the moment, still within its assured date.
 */
@Injectable()
export class AssuredProviders {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async at(asOf: Date | undefined): Promise<OrganisationEntity[]> {
    if (!asOf) {
      const today = isoDay(this.clock.now());
      const current = await this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
      return current.filter((o) => ASSURED_STATUSES.includes(effectiveStatus(o.assuranceStatus, o.assuredUntil, today)));
    }
    const rows: { organisation_id: string; status: AssuranceStatus; assured_until: string | null }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (organisation_id) organisation_id, details::jsonb->>'to' AS status, details::jsonb->>'assuredUntil' AS assured_until
         FROM audit_events
        WHERE action = 'ORGANISATION_STATUS_CHANGED' AND at <= $1
        ORDER BY organisation_id, id DESC`,
      [asOf],
    );
    const day = isoDay(asOf);
    const ids = rows.filter((r) => ASSURED_STATUSES.includes(effectiveStatus(r.status, r.assured_until, day))).map((r) => r.organisation_id);
    if (!ids.length) return [];
    return this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.id IN (:...ids)', { ids }).orderBy('o.name').getMany();
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { ActivityStatus } from '../activities/activity-enums';
import { ActivityEntity } from '../activities/activity.entity';
import { AssuranceStatus } from './organisation-enums';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.tx.getRepository(OrganisationEntity);
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.repo.findOneBy({ id });
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.transactions.tx.query('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  lockById(id: string): Promise<OrganisationEntity | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /** Every organisation, by name. */
  all(): Promise<OrganisationEntity[]> {
    return this.repo.find({ order: { name: 'ASC' } });
  }

  /** The organisations in these assurance statuses, row-locked for the current transaction. */
  lockInStatuses(statuses: AssuranceStatus[]): Promise<OrganisationEntity[]> {
    return this.repo.createQueryBuilder('o').setLock('pessimistic_write').where('o.assurance_status IN (:...statuses)', { statuses }).getMany();
  }

  /** Assurance owns the status; directory owns the row and writes it. */
  async setAssurance(id: string, status: AssuranceStatus, assuredUntil: string | null): Promise<void> {
    await this.repo.update({ id }, { assuranceStatus: status, assuredUntil });
  }

  async hasActiveActivity(id: string): Promise<boolean> {
    return (await this.transactions.tx.getRepository(ActivityEntity).countBy({ organisationId: id, status: ActivityStatus.ACTIVE })) > 0;
  }

  /** By name. */
  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length ? this.repo.find({ where: { id: In([...ids]) }, order: { name: 'ASC' } }) : Promise.resolve([]);
  }

  save(entity: OrganisationEntity): Promise<OrganisationEntity> {
    return this.repo.save(entity);
  }

  create(values: Partial<OrganisationEntity>): OrganisationEntity {
    return this.repo.create(values);
  }
}

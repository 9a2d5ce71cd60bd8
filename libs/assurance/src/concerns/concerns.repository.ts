import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { Transactions } from '@app/database';
import { ConcernStatus } from '../assurance-enums';
import { ConcernEntity } from './concern.entity';

@Injectable()
export class ConcernsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get concerns() {
    return this.transactions.tx.getRepository(ConcernEntity);
  }

  findById(id: string): Promise<ConcernEntity | null> {
    return this.concerns.findOneBy({ id });
  }

  lockById(id: string): Promise<ConcernEntity | null> {
    return this.concerns.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The concerns one person raised since a moment (for the daily allowances). */
  raisedBySince(userId: string, since: Date): Promise<Pick<ConcernEntity, 'id' | 'precautionarySuspension'>[]> {
    return this.concerns.find({ where: { raisedBy: userId, raisedAt: MoreThan(since) }, select: { id: true, precautionarySuspension: true } });
  }

  insert(values: Partial<ConcernEntity>): Promise<ConcernEntity> {
    return this.concerns.save(this.concerns.create(values));
  }

  save(concern: ConcernEntity): Promise<ConcernEntity> {
    return this.concerns.save(concern);
  }

  /** Open concerns first, safeguarding first within them, oldest first: the assurers' triage order. */
  list(status: ConcernStatus | undefined, limit: number): Promise<ConcernEntity[]> {
    return this.concerns
      .createQueryBuilder('c')
      .where(status ? 'c.status = :status' : 'true', { status })
      .orderBy(`c.status = 'OPEN'`, 'DESC')
      .addOrderBy(`c.category = 'SAFEGUARDING'`, 'DESC')
      .addOrderBy('c.raised_at', 'ASC')
      .limit(limit)
      .getMany();
  }
}

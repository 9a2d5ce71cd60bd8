import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { holdTransactionLock, Transactions } from '@app/database';
import { AttendanceReturnEntity } from './attendance-return.entity';
import { SustainabilityReturnEntity } from './sustainability-return.entity';

/** Leaders' returns; a new return for the same month or quarter supersedes the one before. */
@Injectable()
export class ReturnsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The lock makes two returns filed at once for one month supersede in turn. */
  fileAttendance(
    values: Omit<Partial<AttendanceReturnEntity>, 'activityId' | 'month'> & { activityId: string; month: string },
    now: Date,
  ): Promise<AttendanceReturnEntity> {
    return this.transactions.withTransaction(async () => {
      await holdTransactionLock(this.transactions.tx, `attendance:${values.activityId}:${values.month}`);
      const repo = this.transactions.tx.getRepository(AttendanceReturnEntity);
      await repo.update({ activityId: values.activityId, month: values.month, supersededAt: IsNull() }, { supersededAt: now });
      return repo.save(repo.create(values));
    });
  }

  fileSustainability(
    values: Omit<Partial<SustainabilityReturnEntity>, 'organisationId' | 'period'> & { organisationId: string; period: string },
    now: Date,
  ): Promise<SustainabilityReturnEntity> {
    return this.transactions.withTransaction(async () => {
      await holdTransactionLock(this.transactions.tx, `sustainability:${values.organisationId}:${values.period}`);
      const repo = this.transactions.tx.getRepository(SustainabilityReturnEntity);
      await repo.update({ organisationId: values.organisationId, period: values.period, supersededAt: IsNull() }, { supersededAt: now });
      return repo.save(repo.create(values));
    });
  }

  /** Current attendance returns of the organisation (or one of its activities), newest month first. */
  currentAttendance(organisationId: string, activityId?: string): Promise<AttendanceReturnEntity[]> {
    return this.transactions.tx.getRepository(AttendanceReturnEntity).find({
      where: { organisationId, ...(activityId ? { activityId } : {}), supersededAt: IsNull() },
      order: { month: 'DESC', submittedAt: 'DESC' },
      take: 500,
    });
  }

  /** The organisation's latest current sustainability returns, newest period first. */
  latestSustainability(organisationId: string, count: number): Promise<SustainabilityReturnEntity[]> {
    return this.transactions.tx
      .getRepository(SustainabilityReturnEntity)
      .find({ where: { organisationId, supersededAt: IsNull() }, order: { period: 'DESC' }, take: count });
  }
}

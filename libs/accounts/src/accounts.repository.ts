import { Injectable } from '@nestjs/common';
import { ILike, In } from 'typeorm';
import { Transactions } from '@app/database';
import { Memberships, Role } from '@app/access';
import { MembershipEntity } from './membership.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountsRepository implements Memberships {
  constructor(private readonly transactions: Transactions) {}

  private get users() {
    return this.transactions.tx.getRepository(UserEntity);
  }

  private get members() {
    return this.transactions.tx.getRepository(MembershipEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  lockById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** A page of users, by email. */
  async list(filter: { email?: string; role?: Role; page: number; pageSize: number }): Promise<{ total: number; users: UserEntity[] }> {
    const where = {
      ...(filter.email ? { email: ILike(`%${filter.email.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) } : {}),
      ...(filter.role ? { role: filter.role } : {}),
    };
    const [users, total] = await this.users.findAndCount({ where, order: { email: 'ASC' }, skip: (filter.page - 1) * filter.pageSize, take: filter.pageSize });
    return { total, users };
  }

  insertUser(
    user: Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'mustChangePassword'> & Partial<Pick<UserEntity, 'name' | 'organisationName'>>,
  ): Promise<UserEntity> {
    return this.users.save(this.users.create({ ...user, email: user.email.toLowerCase(), disabledAt: null }));
  }

  async updateUser(
    id: string,
    changes: Partial<Pick<UserEntity, 'role' | 'passwordHash' | 'mustChangePassword' | 'disabledAt' | 'name' | 'organisationName' | 'notificationFrequency'>>,
  ): Promise<void> {
    if (!Object.keys(changes).length) return;
    await this.users.update({ id }, changes);
  }

  async addMembers(userId: string, organisationIds: string[]): Promise<void> {
    if (!organisationIds.length) return;
    await this.transactions.tx
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values(organisationIds.map((organisationId) => ({ userId, organisationId })))
      .orIgnore()
      .execute();
  }

  async replaceMembers(userId: string, organisationIds: string[]): Promise<void> {
    await this.members.delete({ userId });
    await this.addMembers(userId, organisationIds);
  }

  /** Of these organisations, the ones the user is a member of (the access policy's Memberships port). */
  async memberOf(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    if (!organisationIds.length) return new Set();
    const rows = await this.members.find({ where: { userId, organisationId: In([...organisationIds]) }, select: { organisationId: true } });
    return new Set(rows.map((r) => r.organisationId));
  }

  /** Every organisation the user is a member of, in the order they joined. */
  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows = await this.members.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.organisationId);
  }
}

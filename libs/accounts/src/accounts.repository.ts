import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ILike, In } from 'typeorm';
import { Memberships, Role } from '@app/access';
import { MembershipEntity } from './membership.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountsRepository implements Memberships {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOneBy({ id });
  }

  lockById(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: string[]): Promise<UserEntity[]> {
    return ids.length ? this.dataSource.getRepository(UserEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** A page of users, by email. */
  async list(filter: { email?: string; role?: Role; page: number; pageSize: number }): Promise<{ total: number; users: UserEntity[] }> {
    const where = {
      ...(filter.email ? { email: ILike(`%${filter.email.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) } : {}),
      ...(filter.role ? { role: filter.role } : {}),
    };
    const [users, total] = await this.dataSource
      .getRepository(UserEntity)
      .findAndCount({ where, order: { email: 'ASC' }, skip: (filter.page - 1) * filter.pageSize, take: filter.pageSize });
    return { total, users };
  }

  insertUser(em: EntityManager, user: Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'mustChangePassword'>): Promise<UserEntity> {
    return em.getRepository(UserEntity).save(em.getRepository(UserEntity).create({ ...user, email: user.email.toLowerCase(), disabledAt: null }));
  }

  async updateUser(
    em: EntityManager,
    id: string,
    changes: Partial<Pick<UserEntity, 'role' | 'passwordHash' | 'mustChangePassword' | 'disabledAt'>>,
  ): Promise<void> {
    await em.getRepository(UserEntity).update({ id }, changes);
  }

  async addMembers(em: EntityManager, userId: string, organisationIds: string[]): Promise<void> {
    if (!organisationIds.length) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values(organisationIds.map((organisationId) => ({ userId, organisationId })))
      .orIgnore()
      .execute();
  }

  async replaceMembers(em: EntityManager, userId: string, organisationIds: string[]): Promise<void> {
    await em.getRepository(MembershipEntity).delete({ userId });
    await this.addMembers(em, userId, organisationIds);
  }

  /** Of these organisations, the ones the user is a member of (the access policy's Memberships port). */
  async memberOf(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    if (!organisationIds.length) return new Set();
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { userId, organisationId: In([...organisationIds]) }, select: { organisationId: true } });
    return new Set(rows.map((r) => r.organisationId));
  }

  /** Every organisation the user is a member of, in the order they joined. */
  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(MembershipEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.organisationId);
  }
}

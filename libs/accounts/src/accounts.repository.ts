import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<UserEntity[]> {
    return ids.length ? this.dataSource.getRepository(UserEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  insertUser(em: EntityManager, user: Pick<UserEntity, 'email' | 'passwordHash' | 'role'>): Promise<UserEntity> {
    return em.getRepository(UserEntity).save(em.getRepository(UserEntity).create({ ...user, email: user.email.toLowerCase() }));
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

  async isMember(userId: string, organisationId: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await em.getRepository(MembershipEntity).countBy({ userId, organisationId })) > 0;
  }

  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(MembershipEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.organisationId);
  }
}

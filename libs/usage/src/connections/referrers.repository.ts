import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ReferrerType } from './connection.types';

/** The link workers behind connections, as the groups see them: name, PCN or practice, work email. */
@Injectable()
export class ReferrersRepository {
  constructor(private readonly transactions: Transactions) {}

  async byId(userIds: readonly string[]): Promise<Map<string, ReferrerType>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; name: string | null; organisation_name: string | null; email: string }[] = await this.transactions.tx.query(
      'SELECT id, name, organisation_name, email FROM users WHERE id = ANY($1::uuid[])',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, { name: r.name, organisationName: r.organisation_name, email: r.email }]));
  }
}

import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  details: string | null;
}

/** sha256(previous hash + this event's fields in a fixed order). */
export function auditHash(previousHash: string, e: HashedFields): string {
  const body = JSON.stringify([e.at.toISOString(), e.actorId, e.action, e.entityType, e.entityId, e.organisationId, e.details]);
  return createHash('sha256').update(previousHash).update(body).digest('hex');
}

import type { EntityManager } from 'typeorm';

/**
 * Every PostgreSQL advisory lock the product takes, in one place so that no two features can pick
 * the same key by accident (the ORUK import once shared the lapse job's).
 */
export const ADVISORY_LOCKS = {
  migrations: 72_417_001,
  outboxClaim: 72_417_002,
  demoSeed: 72_417_003,
  indexMaintenance: 72_417_004,
  auditChain: 72_417_005,
  assuranceLapse: 72_417_006,
  orukImport: 72_417_007,
  freshnessReminders: 72_417_008,
  postcodeLoad: 72_417_009,
} as const;

/** Holds an advisory lock until the transaction ends; a text key (e.g. one month's return) is hashed. */
export async function holdTransactionLock(em: EntityManager, key: number | string): Promise<void> {
  await em.query(typeof key === 'number' ? 'SELECT pg_advisory_xact_lock($1)' : 'SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

/** Like holdTransactionLock, but answers false at once when another transaction holds it. */
export async function tryTransactionLock(em: EntityManager, key: number): Promise<boolean> {
  const [{ locked }]: { locked: boolean }[] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
  return locked;
}

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
} as const;

import { auditHash, GENESIS_HASH } from './audit-hash';

describe('audit hash chain', () => {
  const event = {
    at: new Date('2026-11-23T10:00:00.000Z'),
    actorId: null,
    action: 'ASSESSMENT_STARTED',
    entityType: 'Assessment',
    entityId: 'a1',
    organisationId: null,
    details: '{"tier":"STANDARD"}',
  };

  it('is deterministic and covers the previous hash', () => {
    expect(auditHash(GENESIS_HASH, event)).toBe(auditHash(GENESIS_HASH, { ...event }));
    expect(auditHash(GENESIS_HASH, event)).not.toBe(auditHash('f'.repeat(64), event));
  });

  it('changes when any field changes', () => {
    const base = auditHash(GENESIS_HASH, event);
    expect(auditHash(GENESIS_HASH, { ...event, details: '{"tier":"ENHANCED"}' })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...event, at: new Date('2026-11-23T10:00:00.001Z') })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...event, action: 'DECIDED' })).not.toBe(base);
  });
});

import { AssuranceStatus } from '@app/directory';
import { EvidenceStatus } from '../assurance-enums';
import { assuredUntil, effectiveEvidenceStatus, effectiveStatus, evidenceExpiry } from './assurance-rules';

describe('assurance rules', () => {
  it('works out EXPIRING and LAPSED on read', () => {
    expect(effectiveStatus(AssuranceStatus.ASSURED, '2027-06-01', '2026-11-23')).toBe(AssuranceStatus.ASSURED);
    expect(effectiveStatus(AssuranceStatus.ASSURED, '2026-12-23', '2026-11-23')).toBe(AssuranceStatus.EXPIRING);
    expect(effectiveStatus(AssuranceStatus.ASSURED, '2026-11-23', '2026-11-23')).toBe(AssuranceStatus.EXPIRING);
    expect(effectiveStatus(AssuranceStatus.EXPIRING, '2026-11-22', '2026-11-23')).toBe(AssuranceStatus.LAPSED);
    expect(effectiveStatus(AssuranceStatus.SUSPENDED, '2026-01-01', '2026-11-23')).toBe(AssuranceStatus.SUSPENDED);
  });

  it('takes the earlier of an evidence expiry date and its validity period', () => {
    expect(evidenceExpiry({ issuedOn: '2025-01-10', expiresOn: null, providedAt: null }, 24, '2026-11-23')).toBe('2027-01-10');
    expect(evidenceExpiry({ issuedOn: '2025-01-10', expiresOn: '2026-03-01', providedAt: null }, 24, '2026-11-23')).toBe('2026-03-01');
    expect(evidenceExpiry({ issuedOn: null, expiresOn: '2027-05-01', providedAt: null }, null, '2026-11-23')).toBe('2027-05-01');
    expect(evidenceExpiry({ issuedOn: null, expiresOn: null, providedAt: null }, null, '2026-11-23')).toBeNull();
  });

  it('marks provided evidence past its date EXPIRED, never missing evidence', () => {
    expect(effectiveEvidenceStatus(EvidenceStatus.ACCEPTED, '2026-11-22', '2026-11-23')).toBe(EvidenceStatus.EXPIRED);
    expect(effectiveEvidenceStatus(EvidenceStatus.ACCEPTED, '2026-11-23', '2026-11-23')).toBe(EvidenceStatus.ACCEPTED);
    expect(effectiveEvidenceStatus(EvidenceStatus.MISSING, '2020-01-01', '2026-11-23')).toBe(EvidenceStatus.MISSING);
  });

  it('assures until the earliest evidence expiry, twelve months at most', () => {
    expect(assuredUntil('2026-11-23', ['2027-03-01', null, '2028-01-01'])).toBe('2027-03-01');
    expect(assuredUntil('2026-11-23', ['2029-01-01'])).toBe('2027-11-23');
  });
});

import { RiskLevel } from '../usage-enums';
import { FundingKind } from '../usage-enums';
import { assessRisk, periodEnd, RiskInputs } from './risk-rule';

const healthy: RiskInputs = {
  today: '2026-11-23',
  latest: {
    period: '2026-Q3',
    volunteers: 20,
    reservesMonths: 9,
    fundingSources: [{ source: 'Lottery', kind: FundingKind.GRANT, annualAmountPence: 1_000_000, endsOn: '2028-03-31' }],
  },
  previous: { period: '2026-Q2', volunteers: 21 },
  acceptedReferralsLast90Days: 6,
  placesPerMonth: 40,
  unfundedReferralsLast90Days: 0,
};

describe('sustainability risk rule', () => {
  it('is LOW with no reasons for a healthy group', () => {
    expect(assessRisk(healthy)).toEqual({ risk: RiskLevel.LOW, reasons: [], fundingEndingWithin6MonthsShare: 0, utilisation: 0.05 });
  });

  it('counts income ending within 6 months', () => {
    const sources = [
      { source: 'ICB', kind: FundingKind.NHS, annualAmountPence: 620, endsOn: '2027-03-31' },
      { source: 'Donations', kind: FundingKind.DONATIONS, annualAmountPence: 380, endsOn: null },
    ];
    const result = assessRisk({ ...healthy, latest: { ...healthy.latest!, fundingSources: sources } });
    expect(result.risk).toBe(RiskLevel.HIGH);
    expect(result.reasons).toEqual(['62% of income ends within 6 months']);
    expect(result.fundingEndingWithin6MonthsShare).toBeCloseTo(0.62);
  });

  it('flags thin reserves', () => {
    expect(assessRisk({ ...healthy, latest: { ...healthy.latest!, reservesMonths: 2 } }).reasons).toEqual(['Reserves cover 2 months of costs (under 3)']);
    expect(assessRisk({ ...healthy, latest: { ...healthy.latest!, reservesMonths: 4 } }).risk).toBe(RiskLevel.MEDIUM);
  });

  it('flags utilisation over capacity', () => {
    const result = assessRisk({ ...healthy, acceptedReferralsLast90Days: 150, placesPerMonth: 40 });
    expect(result.risk).toBe(RiskLevel.HIGH);
    expect(result.utilisation).toBeCloseTo(1.25);
    expect(result.reasons).toEqual(['Accepted referrals are 125% of places (over capacity)']);
  });

  it('flags unfunded referrals', () => {
    expect(assessRisk({ ...healthy, unfundedReferralsLast90Days: 5 }).risk).toBe(RiskLevel.MEDIUM);
    expect(assessRisk({ ...healthy, unfundedReferralsLast90Days: 20 }).reasons[0]).toBe(
      '20 referrals accepted in the last 90 days without NHS or local authority funding',
    );
  });

  it('flags a falling volunteer count and a missing or stale return', () => {
    expect(assessRisk({ ...healthy, previous: { period: '2026-Q2', volunteers: 30 } }).reasons).toEqual(['Volunteers fell from 30 to 20 since 2026-Q2']);
    expect(assessRisk({ ...healthy, latest: { ...healthy.latest!, period: '2026-Q1' } }).reasons).toEqual([
      'No sustainability return for over two quarters (last: 2026-Q1)',
    ]);
    expect(assessRisk({ ...healthy, latest: null, previous: null }).reasons).toEqual(['No sustainability return has been filed']);
  });

  it('knows when a quarter ends', () => {
    expect(periodEnd('2026-Q1')).toBe('2026-03-31');
    expect(periodEnd('2026-Q4')).toBe('2026-12-31');
  });
});

import { addMonths, isoDay } from '@app/common';
import { FundingSourceRecord } from '../returns/sustainability-return.entity';
import { RISK_ORDER, RiskLevel } from '../usage-enums';

/** Everything the rule looks at, gathered by SustainabilityService. */
export interface RiskInputs {
  today: string;
  /** Newest first: the current return and the one before, if any. */
  latest: { period: string; fundingSources: FundingSourceRecord[]; volunteers: number; reservesMonths: number } | null;
  previous: { period: string; volunteers: number } | null;
  acceptedReferralsLast90Days: number;
  placesPerMonth: number;
  unfundedReferralsLast90Days: number;
}

export interface RiskResult {
  risk: RiskLevel;
  reasons: string[];
  fundingEndingWithin6MonthsShare: number | null;
  utilisation: number | null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Last day of a "YYYY-Qn" period. */
export function periodEnd(period: string): string {
  const [year, quarter] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return isoDay(new Date(Date.UTC(year, quarter * 3, 0)));
}

/**
 * The sustainability risk rule (documented in the README so a commissioner can check it by hand).
 * Each reason carries a level; the risk is the highest of them, LOW when there is none.
 */
export function assessRisk(inputs: RiskInputs): RiskResult {
  const reasons: [RiskLevel, string][] = [];
  let fundingShare: number | null = null;
  const latest = inputs.latest;

  if (!latest) {
    reasons.push([RiskLevel.MEDIUM, 'No sustainability return has been filed']);
  } else {
    if (periodEnd(latest.period) < addMonths(inputs.today, -6)) {
      reasons.push([RiskLevel.MEDIUM, `No sustainability return for over two quarters (last: ${latest.period})`]);
    }
    const total = latest.fundingSources.reduce((sum, f) => sum + f.annualAmountPence, 0);
    if (total > 0) {
      const horizon = addMonths(inputs.today, 6);
      const ending = latest.fundingSources.filter((f) => f.endsOn && f.endsOn <= horizon).reduce((sum, f) => sum + f.annualAmountPence, 0);
      fundingShare = ending / total;
      if (fundingShare >= 0.5) reasons.push([RiskLevel.HIGH, `${pct(fundingShare)} of income ends within 6 months`]);
      else if (fundingShare >= 0.25) reasons.push([RiskLevel.MEDIUM, `${pct(fundingShare)} of income ends within 6 months`]);
    } else {
      reasons.push([RiskLevel.MEDIUM, 'No income recorded in the latest return']);
    }
    if (latest.reservesMonths < 3) reasons.push([RiskLevel.HIGH, `Reserves cover ${latest.reservesMonths} months of costs (under 3)`]);
    else if (latest.reservesMonths < 6) reasons.push([RiskLevel.MEDIUM, `Reserves cover ${latest.reservesMonths} months of costs (under 6)`]);
    if (inputs.previous && inputs.previous.volunteers > 0) {
      const change = (latest.volunteers - inputs.previous.volunteers) / inputs.previous.volunteers;
      if (change <= -0.3)
        reasons.push([RiskLevel.MEDIUM, `Volunteers fell from ${inputs.previous.volunteers} to ${latest.volunteers} since ${inputs.previous.period}`]);
    }
  }

  const utilisation = inputs.placesPerMonth > 0 ? inputs.acceptedReferralsLast90Days / 3 / inputs.placesPerMonth : null;
  if (utilisation !== null && utilisation > 1) reasons.push([RiskLevel.HIGH, `Accepted referrals are ${pct(utilisation)} of places (over capacity)`]);
  else if (utilisation !== null && utilisation >= 0.8) reasons.push([RiskLevel.MEDIUM, `Accepted referrals are ${pct(utilisation)} of places`]);

  const unfunded = inputs.unfundedReferralsLast90Days;
  if (unfunded >= 20) reasons.push([RiskLevel.HIGH, `${unfunded} referrals accepted in the last 90 days without NHS or local authority funding`]);
  else if (unfunded >= 5) reasons.push([RiskLevel.MEDIUM, `${unfunded} referrals accepted in the last 90 days without NHS or local authority funding`]);

  const risk = reasons.reduce((max, [level]) => (RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(max) ? level : max), RiskLevel.LOW);
  return { risk, reasons: reasons.map(([, text]) => text), fundingEndingWithin6MonthsShare: fundingShare, utilisation };
}

import { registerEnumType } from '@nestjs/graphql';

export enum ConnectionOutcome {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  ATTENDED = 'ATTENDED',
  DID_NOT_ATTEND = 'DID_NOT_ATTEND',
  DECLINED = 'DECLINED',
  GROUP_FULL = 'GROUP_FULL',
}
registerEnumType(ConnectionOutcome, { name: 'ConnectionOutcome' });

/** Why a group declined a referral: a short list, so that no one writes about the person. */
export enum DeclineReason {
  NOT_SUITABLE = 'NOT_SUITABLE',
  OUTSIDE_AGE_RANGE = 'OUTSIDE_AGE_RANGE',
  TOO_FAR = 'TOO_FAR',
  COULD_NOT_CONTACT = 'COULD_NOT_CONTACT',
  PERSON_DID_NOT_WANT_IT = 'PERSON_DID_NOT_WANT_IT',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  valuesMap: {
    NOT_SUITABLE: { description: 'The activity does not suit what the person needs' },
    OUTSIDE_AGE_RANGE: { description: 'Outside the ages the activity is for' },
    TOO_FAR: { description: 'Too far for the person to travel' },
    COULD_NOT_CONTACT: { description: 'The group could not reach the person' },
    PERSON_DID_NOT_WANT_IT: { description: 'The person decided not to join' },
    OTHER: { description: 'Another reason (talk to the link worker)' },
  },
});

/**
 * The allowed moves of a referral: the group answers a pending one; attendance follows acceptance
 * and may be corrected either way; a decline or "group full" is final (the link worker connects the
 * person elsewhere). Nothing goes back to PENDING.
 */
export const OUTCOME_TRANSITIONS: Readonly<Record<ConnectionOutcome, readonly ConnectionOutcome[]>> = {
  PENDING: [ConnectionOutcome.ACCEPTED, ConnectionOutcome.DECLINED, ConnectionOutcome.GROUP_FULL],
  ACCEPTED: [ConnectionOutcome.ATTENDED, ConnectionOutcome.DID_NOT_ATTEND],
  ATTENDED: [ConnectionOutcome.DID_NOT_ATTEND],
  DID_NOT_ATTEND: [ConnectionOutcome.ATTENDED],
  DECLINED: [],
  GROUP_FULL: [],
};

/** Answers only the receiving organisation gives; attendance either side may record. */
export const ORGANISATION_ANSWERS: readonly ConnectionOutcome[] = [ConnectionOutcome.ACCEPTED, ConnectionOutcome.DECLINED, ConnectionOutcome.GROUP_FULL];
export const ATTENDANCE: readonly ConnectionOutcome[] = [ConnectionOutcome.ATTENDED, ConnectionOutcome.DID_NOT_ATTEND];

export enum FundingKind {
  NHS = 'NHS',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  GRANT = 'GRANT',
  DONATIONS = 'DONATIONS',
  TRADING = 'TRADING',
  OTHER = 'OTHER',
}
registerEnumType(FundingKind, { name: 'FundingKind' });

/** Funding that pays for NHS-referred work: referrals accepted without it are "unfunded". */
export const STATUTORY_FUNDING: readonly FundingKind[] = [FundingKind.NHS, FundingKind.LOCAL_AUTHORITY];

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });
export const RISK_ORDER: readonly RiskLevel[] = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

export enum UsageGrouping {
  ORGANISATION = 'ORGANISATION',
  ACTIVITY = 'ACTIVITY',
  NEED = 'NEED',
  OUTCODE = 'OUTCODE',
  MONTH = 'MONTH',
}
registerEnumType(UsageGrouping, { name: 'UsageGrouping' });

export enum DemandGrouping {
  NEED = 'NEED',
  OUTCODE = 'OUTCODE',
}
registerEnumType(DemandGrouping, { name: 'DemandGrouping' });

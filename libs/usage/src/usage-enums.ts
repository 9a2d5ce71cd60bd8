import { registerEnumType } from '@nestjs/graphql';

export enum ConnectionOutcome {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  ATTENDED = 'ATTENDED',
  DID_NOT_ATTEND = 'DID_NOT_ATTEND',
  DECLINED = 'DECLINED',
  GROUP_FULL = 'GROUP_FULL',
  /** The group did not answer within the deadline: the link worker finds another option. */
  NO_RESPONSE = 'NO_RESPONSE',
  /** The link worker withdrew it (with a reason). */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConnectionOutcome, { name: 'ConnectionOutcome' });

/** Why a link worker withdrew a connection: a short list, so that no one writes about the person. */
export enum WithdrawReason {
  PERSON_CHANGED_MIND = 'PERSON_CHANGED_MIND',
  CONNECTED_ELSEWHERE = 'CONNECTED_ELSEWHERE',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  RECORDED_IN_ERROR = 'RECORDED_IN_ERROR',
  OTHER = 'OTHER',
}
registerEnumType(WithdrawReason, {
  name: 'WithdrawReason',
  valuesMap: {
    PERSON_CHANGED_MIND: { description: 'The person changed their mind' },
    CONNECTED_ELSEWHERE: { description: 'The person was connected to another group' },
    NO_LONGER_NEEDED: { description: 'The person no longer needs it' },
    RECORDED_IN_ERROR: { description: 'Recorded by mistake' },
    OTHER: { description: 'Another reason' },
  },
});

/** Why an open connection needs the link worker's attention: the group or activity stopped. */
export enum ConnectionFlag {
  ORGANISATION_SUSPENDED = 'ORGANISATION_SUSPENDED',
  ACTIVITY_PAUSED = 'ACTIVITY_PAUSED',
  ACTIVITY_CLOSED = 'ACTIVITY_CLOSED',
}
registerEnumType(ConnectionFlag, { name: 'ConnectionFlag' });

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
 * and may be corrected either way; a decline, "group full", no response or withdrawal is final (the
 * link worker connects the person elsewhere). Nothing goes back to PENDING.
 */
export const OUTCOME_TRANSITIONS: Readonly<Record<ConnectionOutcome, readonly ConnectionOutcome[]>> = {
  PENDING: [ConnectionOutcome.ACCEPTED, ConnectionOutcome.DECLINED, ConnectionOutcome.GROUP_FULL, ConnectionOutcome.NO_RESPONSE, ConnectionOutcome.WITHDRAWN],
  ACCEPTED: [ConnectionOutcome.ATTENDED, ConnectionOutcome.DID_NOT_ATTEND, ConnectionOutcome.WITHDRAWN],
  ATTENDED: [ConnectionOutcome.DID_NOT_ATTEND],
  DID_NOT_ATTEND: [ConnectionOutcome.ATTENDED],
  DECLINED: [],
  GROUP_FULL: [],
  NO_RESPONSE: [],
  WITHDRAWN: [],
};

/** Still in play: the person may yet join. Anything else is closed (the contact handoff's retention starts). */
export const OPEN_OUTCOMES: readonly ConnectionOutcome[] = [ConnectionOutcome.PENDING, ConnectionOutcome.ACCEPTED];

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

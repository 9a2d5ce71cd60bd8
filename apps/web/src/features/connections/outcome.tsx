import { Tag, TagColour } from '../../components/content';
import type { ConnectionFlag, ConnectionOutcome, DeclineReason, WithdrawReason } from '../../gql/graphql';

export const OUTCOMES: Record<ConnectionOutcome, [string, TagColour]> = {
  PENDING: ['Waiting for the group', 'grey'],
  ACCEPTED: ['Accepted', 'blue'],
  ATTENDED: ['Attended', 'green'],
  DID_NOT_ATTEND: ['Did not attend', 'orange'],
  DECLINED: ['Declined', 'red'],
  GROUP_FULL: ['Group full', 'red'],
  NO_RESPONSE: ['No response', 'red'],
  WITHDRAWN: ['Withdrawn', 'grey'],
};

/** In the group's words: the leader picks one when declining. */
export const DECLINE_REASONS: Record<DeclineReason, string> = {
  NOT_SUITABLE: 'The activity does not suit what the person needs',
  OUTSIDE_AGE_RANGE: 'Outside the ages the activity is for',
  TOO_FAR: 'Too far for the person to travel',
  COULD_NOT_CONTACT: 'We could not reach the person',
  PERSON_DID_NOT_WANT_IT: 'The person decided not to join',
  OTHER: 'Another reason (we will talk to the link worker)',
};

export const FLAGS: Record<ConnectionFlag, string> = {
  ORGANISATION_SUSPENDED: 'The group is suspended while a concern is looked into',
  ACTIVITY_PAUSED: 'The activity is paused',
  ACTIVITY_CLOSED: 'The activity has closed',
};

export const WITHDRAW_REASONS: Record<WithdrawReason, string> = {
  PERSON_CHANGED_MIND: 'The person changed their mind',
  CONNECTED_ELSEWHERE: 'The person was connected to another group',
  NO_LONGER_NEEDED: 'The person no longer needs it',
  RECORDED_IN_ERROR: 'Recorded by mistake',
  OTHER: 'Another reason',
};

/** Still in play: the person may yet join. */
export const isOpen = (outcome: ConnectionOutcome) => outcome === 'PENDING' || outcome === 'ACCEPTED';

export function OutcomeTag({ outcome }: { outcome: ConnectionOutcome }) {
  const [label, colour] = OUTCOMES[outcome];
  return <Tag colour={colour}>{label}</Tag>;
}

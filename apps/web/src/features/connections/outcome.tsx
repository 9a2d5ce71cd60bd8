import { Tag, TagColour } from '../../components/content';
import type { ConnectionFlag, ConnectionOutcome, WithdrawReason } from '../../gql/graphql';

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

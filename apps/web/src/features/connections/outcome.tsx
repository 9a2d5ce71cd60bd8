import { Tag, TagColour } from '../../components/content';
import type { ConnectionOutcome } from '../../gql/graphql';

export const OUTCOMES: Record<ConnectionOutcome, [string, TagColour]> = {
  PENDING: ['Waiting for the group', 'grey'],
  ACCEPTED: ['Accepted', 'blue'],
  ATTENDED: ['Attended', 'green'],
  DID_NOT_ATTEND: ['Did not attend', 'orange'],
  DECLINED: ['Declined', 'red'],
  GROUP_FULL: ['Group full', 'red'],
};

export function OutcomeTag({ outcome }: { outcome: ConnectionOutcome }) {
  const [label, colour] = OUTCOMES[outcome];
  return <Tag colour={colour}>{label}</Tag>;
}

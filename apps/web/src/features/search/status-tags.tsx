import { Tag, TagColour } from '../../components/content';
import type { AssuranceStatus, CapacityState } from '../../gql/graphql';

const ASSURANCE: Record<AssuranceStatus, [string, TagColour]> = {
  ASSURED: ['Assured', 'green'],
  EXPIRING: ['Assured (renewal due)', 'yellow'],
  LAPSED: ['Assurance lapsed', 'orange'],
  SUBMITTED: ['Being checked', 'blue'],
  IN_PROGRESS: ['Not yet assured', 'grey'],
  NOT_ASSESSED: ['Not yet assured', 'grey'],
  REJECTED: ['Not assured', 'red'],
  SUSPENDED: ['Not currently available', 'red'],
};

export function AssuranceTag({ status }: { status: AssuranceStatus }) {
  const [label, colour] = ASSURANCE[status];
  return <Tag colour={colour}>{label}</Tag>;
}

const CAPACITY: Record<CapacityState, [string, TagColour]> = {
  SPACES_AVAILABLE: ['Spaces available', 'green'],
  WAITING_LIST: ['Waiting list', 'yellow'],
  FULL: ['Full', 'red'],
};

export function CapacityTag({ state }: { state: CapacityState }) {
  const [label, colour] = CAPACITY[state];
  return <Tag colour={colour}>{label}</Tag>;
}

export const deliveryModeLabel = { IN_PERSON: 'In person', ONLINE: 'Online', PHONE: 'By phone', HOME_VISIT: 'Home visits' } as const;

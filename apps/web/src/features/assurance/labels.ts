import type { TagColour } from '../../components/content';
import type { AssuranceTier, EvidenceStatus } from '../../gql/graphql';

/** Words for assurance, shared by the leader's checklist and the assurer's review. */
export const TIERS: { value: AssuranceTier; label: string; hint: string }[] = [
  { value: 'STANDARD', label: 'Standard', hint: 'Most small community groups: no one-to-one work with people who may be at risk' },
  { value: 'ENHANCED', label: 'Enhanced', hint: 'Groups working one to one, or with people who may be at risk' },
  { value: 'REGULATED', label: 'Regulated', hint: 'Groups with paid staff or regulated activities' },
];

export const TIER_NAMES = Object.fromEntries(TIERS.map((t) => [t.value, t.label])) as Record<AssuranceTier, string>;

export const EVIDENCE_STATUS: Record<EvidenceStatus, [string, TagColour]> = {
  MISSING: ['Not done yet', 'grey'],
  PROVIDED: ['Done, waiting for review', 'blue'],
  ACCEPTED: ['Accepted', 'green'],
  REJECTED: ['Needs changing', 'red'],
  EXPIRED: ['Expired', 'orange'],
};

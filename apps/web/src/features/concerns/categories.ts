import type { ConcernCategory } from '../../gql/graphql';

/** The kinds of concern, as people raising one and assurers triaging them see them. */
export const CONCERN_CATEGORIES: { value: ConcernCategory; label: string; hint: string }[] = [
  { value: 'SAFEGUARDING', label: 'Safeguarding', hint: 'Someone could be at risk of harm or abuse. If someone is in immediate danger, call 999.' },
  { value: 'QUALITY', label: 'Quality of the activity', hint: 'For example, sessions not running, poor behaviour, health and safety' },
  { value: 'LISTING_INACCURATE', label: 'The listing is wrong', hint: 'For example, the time, place or cost has changed' },
  { value: 'OTHER', label: 'Something else', hint: '' },
];

export const concernCategoryLabel = (category: ConcernCategory) => CONCERN_CATEGORIES.find((c) => c.value === category)?.label ?? category;

import type { AgeBand, EthnicGroup, Sex, WellbeingItem } from '../../gql/graphql';

/** The ONS4 questions as the link worker reads them out. */
export const QUESTIONS: { item: WellbeingItem; question: string; hint: string }[] = [
  { item: 'LIFE_SATISFACTION', question: 'Overall, how satisfied are you with your life nowadays?', hint: '0 is not at all, 10 is completely' },
  {
    item: 'WORTHWHILE',
    question: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
    hint: '0 is not at all, 10 is completely',
  },
  { item: 'HAPPINESS', question: 'Overall, how happy did you feel yesterday?', hint: '0 is not at all, 10 is completely' },
  {
    item: 'ANXIETY',
    question: 'On a scale where 0 is not at all anxious and 10 is completely anxious, how anxious did you feel yesterday?',
    hint: '0 is not at all, 10 is completely',
  },
];

export const ITEM_NAMES: Record<WellbeingItem, string> = {
  LIFE_SATISFACTION: 'Life satisfaction',
  WORTHWHILE: 'Worthwhile',
  HAPPINESS: 'Happiness',
  ANXIETY: 'Anxiety (lower is better)',
};

export const AGE_BANDS: { value: AgeBand; label: string }[] = [
  { value: 'UNDER_18', label: 'Under 18' },
  { value: 'AGE_18_24', label: '18 to 24' },
  { value: 'AGE_25_34', label: '25 to 34' },
  { value: 'AGE_35_44', label: '35 to 44' },
  { value: 'AGE_45_54', label: '45 to 54' },
  { value: 'AGE_55_64', label: '55 to 64' },
  { value: 'AGE_65_74', label: '65 to 74' },
  { value: 'AGE_75_84', label: '75 to 84' },
  { value: 'AGE_85_AND_OVER', label: '85 and over' },
];

export const SEXES: { value: Sex; label: string }[] = [
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
];

export const ETHNIC_GROUPS: { value: EthnicGroup; label: string }[] = [
  { value: 'ASIAN', label: 'Asian, Asian British or Asian Welsh' },
  { value: 'BLACK', label: 'Black, Black British, Black Welsh, Caribbean or African' },
  { value: 'MIXED', label: 'Mixed or Multiple ethnic groups' },
  { value: 'WHITE', label: 'White' },
  { value: 'OTHER', label: 'Other ethnic group' },
];

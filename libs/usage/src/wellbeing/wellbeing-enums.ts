import { registerEnumType } from '@nestjs/graphql';

/** A validated wellbeing measure. Only ONS4 today; a short form (e.g. SWEMWBS) would add items, not columns. */
export enum WellbeingMeasure {
  ONS4 = 'ONS4',
}
registerEnumType(WellbeingMeasure, {
  name: 'WellbeingMeasure',
  valuesMap: { ONS4: { description: 'The ONS personal wellbeing questions: four items scored 0 to 10' } },
});

export enum WellbeingItem {
  LIFE_SATISFACTION = 'LIFE_SATISFACTION',
  WORTHWHILE = 'WORTHWHILE',
  HAPPINESS = 'HAPPINESS',
  ANXIETY = 'ANXIETY',
}
registerEnumType(WellbeingItem, {
  name: 'WellbeingItem',
  valuesMap: {
    LIFE_SATISFACTION: { description: 'Overall, how satisfied are you with your life nowadays? (0 not at all, 10 completely)' },
    WORTHWHILE: { description: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?' },
    HAPPINESS: { description: 'Overall, how happy did you feel yesterday?' },
    ANXIETY: { description: 'Overall, how anxious did you feel yesterday? (lower is better)' },
  },
});

/** The items of each measure, in the order they are asked. */
export const MEASURE_ITEMS: Record<WellbeingMeasure, readonly WellbeingItem[]> = {
  [WellbeingMeasure.ONS4]: [WellbeingItem.LIFE_SATISFACTION, WellbeingItem.WORTHWHILE, WellbeingItem.HAPPINESS, WellbeingItem.ANXIETY],
};
/** Items where a lower score is the better one. */
export const LOWER_IS_BETTER: ReadonlySet<WellbeingItem> = new Set([WellbeingItem.ANXIETY]);
export const ITEM_SCORE_RANGE = { min: 0, max: 10 } as const;

export enum WellbeingOccasion {
  FIRST_CONTACT = 'FIRST_CONTACT',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(WellbeingOccasion, {
  name: 'WellbeingOccasion',
  valuesMap: {
    FIRST_CONTACT: { description: 'Before or at the first connection' },
    FOLLOW_UP: { description: 'Later, typically 8 to 12 weeks after the first contact' },
  },
});

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_44 = 'AGE_35_44',
  AGE_45_54 = 'AGE_45_54',
  AGE_55_64 = 'AGE_55_64',
  AGE_65_74 = 'AGE_65_74',
  AGE_75_84 = 'AGE_75_84',
  AGE_85_AND_OVER = 'AGE_85_AND_OVER',
}
registerEnumType(AgeBand, { name: 'AgeBand', description: 'An age band, never a date of birth' });

/** As the 2021 census asked it. */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, { name: 'Sex' });

/** The ONS 2021 census top-level ethnic groups (England and Wales). */
export enum EthnicGroup {
  ASIAN = 'ASIAN',
  BLACK = 'BLACK',
  MIXED = 'MIXED',
  WHITE = 'WHITE',
  OTHER = 'OTHER',
}
registerEnumType(EthnicGroup, {
  name: 'EthnicGroup',
  valuesMap: {
    ASIAN: { description: 'Asian, Asian British or Asian Welsh' },
    BLACK: { description: 'Black, Black British, Black Welsh, Caribbean or African' },
    MIXED: { description: 'Mixed or Multiple ethnic groups' },
    WHITE: { description: 'White' },
    OTHER: { description: 'Other ethnic group' },
  },
});

/** Days after a first contact when its follow-up falls due (8 weeks). */
export const FOLLOW_UP_DUE_DAYS = 56;

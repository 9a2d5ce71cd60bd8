import { registerEnumType } from '@nestjs/graphql';
import { AgeBand, EthnicGroup, Sex } from './wellbeing-enums';

/** The equity bands a consented first contact may record, each a column of wellbeing_records. */
export enum EquityBand {
  DEPRIVATION_DECILE = 'DEPRIVATION_DECILE',
  AGE_BAND = 'AGE_BAND',
  SEX = 'SEX',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
}
registerEnumType(EquityBand, {
  name: 'EquityBand',
  valuesMap: {
    DEPRIVATION_DECILE: { description: 'the IMD decile of the area the person lived in when asked (1 is the most deprived tenth of areas)' },
    AGE_BAND: { description: 'age band' },
    SEX: { description: 'sex, as the 2021 census asked it' },
    ETHNIC_GROUP: { description: 'the ONS 2021 census top-level ethnic groups' },
  },
});

export const BAND_COLUMN: Record<EquityBand, string> = {
  DEPRIVATION_DECILE: 'deprivation_decile',
  AGE_BAND: 'age_band',
  SEX: 'sex',
  ETHNIC_GROUP: 'ethnic_group',
};

const DECILES = Array.from({ length: 10 }, (_, i) => String(i + 1));

/** Each band's values in their natural order, with the label a report shows. */
export const BAND_VALUES: Record<EquityBand, Record<string, string>> = {
  DEPRIVATION_DECILE: Object.fromEntries(DECILES.map((d) => [d, d === '1' ? '1 (most deprived)' : d === '10' ? '10 (least deprived)' : d])),
  AGE_BAND: {
    [AgeBand.UNDER_18]: 'Under 18',
    [AgeBand.AGE_18_24]: '18 to 24',
    [AgeBand.AGE_25_34]: '25 to 34',
    [AgeBand.AGE_35_44]: '35 to 44',
    [AgeBand.AGE_45_54]: '45 to 54',
    [AgeBand.AGE_55_64]: '55 to 64',
    [AgeBand.AGE_65_74]: '65 to 74',
    [AgeBand.AGE_75_84]: '75 to 84',
    [AgeBand.AGE_85_AND_OVER]: '85 and over',
  },
  SEX: { [Sex.FEMALE]: 'Female', [Sex.MALE]: 'Male' },
  ETHNIC_GROUP: {
    [EthnicGroup.ASIAN]: 'Asian, Asian British or Asian Welsh',
    [EthnicGroup.BLACK]: 'Black, Black British, Black Welsh, Caribbean or African',
    [EthnicGroup.MIXED]: 'Mixed or Multiple ethnic groups',
    [EthnicGroup.WHITE]: 'White',
    [EthnicGroup.OTHER]: 'Other ethnic group',
  },
};

/** The key of a row for people whose band was not recorded (no consent, or no first contact). */
export const NOT_RECORDED = 'NOT_RECORDED';

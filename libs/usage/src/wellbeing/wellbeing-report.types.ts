import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, ListSize } from '@app/common';
import { WellbeingItem } from './wellbeing-enums';

export enum WellbeingGrouping {
  ALL = 'ALL',
  QUARTER = 'QUARTER',
  NEED = 'NEED',
  ACTIVITY = 'ACTIVITY',
  ORGANISATION = 'ORGANISATION',
  PCN = 'PCN',
  AGE_BAND = 'AGE_BAND',
  SEX = 'SEX',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  DEPRIVATION_DECILE = 'DEPRIVATION_DECILE',
}
registerEnumType(WellbeingGrouping, {
  name: 'WellbeingGrouping',
  description: 'Need, activity and organisation are those of the connections made between first contact and follow-up',
});

@ObjectType('WellbeingItemChange')
export class WellbeingItemChangeType {
  @Field(() => WellbeingItem) item: WellbeingItem;
  @Field(() => Float, { nullable: true, description: 'mean score at first contact, to one decimal place' }) meanFirst: number | null;
  @Field(() => Float, { nullable: true, description: 'mean score at follow-up' }) meanFollowUp: number | null;
  @Field(() => Float, { nullable: true, description: 'mean of follow-up minus first contact (for ANXIETY a fall is the better way)' })
  meanChange: number | null;
  @Field(() => Float, { nullable: true, description: 'share of people better by at least 1 point (ANXIETY: lower by at least 1), 0–1' })
  improvedShare: number | null;
}

@ObjectType('WellbeingRow')
export class WellbeingRowType {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int, { nullable: true, description: 'people with a first contact and a follow-up, rounded to the nearest 5' }) people: number | null;
  @ListSize(4)
  @Field(() => [WellbeingItemChangeType])
  items: WellbeingItemChangeType[];
  @Field(() => Boolean, {
    description: 'some of this row was withheld: a quarter’s cell of fewer than 10 people is left out of every figure (and one more beside it)',
  })
  suppressed: boolean;
}

@ObjectType('WellbeingReport')
export class WellbeingReportType {
  @Field(() => DateScalar, { description: 'the first day of the first whole quarter reported' }) from: string;
  @Field(() => DateScalar, { description: 'the last day of the last whole quarter reported' }) to: string;
  @Field(() => WellbeingGrouping) groupBy: WellbeingGrouping;
  @Field(() => [WellbeingRowType]) rows: WellbeingRowType[];
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, ListSize } from '@app/common';
import { AgeBand, EthnicGroup, ITEM_SCORE_RANGE, Sex, WellbeingItem, WellbeingMeasure, WellbeingOccasion } from './wellbeing-enums';

@InputType('WellbeingScoreInput')
export class WellbeingScoreInput {
  @Field(() => WellbeingItem)
  @IsEnum(WellbeingItem)
  item: WellbeingItem;

  @Field(() => Int, { description: '0 to 10' })
  @IsInt()
  @Min(ITEM_SCORE_RANGE.min, { message: `must be from ${ITEM_SCORE_RANGE.min} to ${ITEM_SCORE_RANGE.max}` })
  @Max(ITEM_SCORE_RANGE.max, { message: `must be from ${ITEM_SCORE_RANGE.min} to ${ITEM_SCORE_RANGE.max}` })
  score: number;
}

@InputType('EquityBandsInput', { description: 'Optional, and only with the person’s consent: bands, never exact values' })
export class EquityBandsInput {
  @Field(() => Boolean, { description: 'The person agreed to give these (must be true)' })
  @Equals(true, { message: 'must be true: record equity bands only with the person’s consent' })
  consented: boolean;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => Sex, { nullable: true })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @Field(() => EthnicGroup, { nullable: true })
  @IsOptional()
  @IsEnum(EthnicGroup)
  ethnicGroup?: EthnicGroup | null;

  @Field(() => String, { nullable: true, description: "Used once to find the area's deprivation decile; never stored" })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string | null;
}

@InputType('RecordWellbeingInput')
export class RecordWellbeingInput {
  @Field(() => String, { description: 'Your own opaque reference for the person (the same one as on their connections); stored only as a keyed hash' })
  @IsString()
  @MaxLength(64)
  personReference: string;

  @Field(() => WellbeingOccasion)
  @IsEnum(WellbeingOccasion)
  occasion: WellbeingOccasion;

  @Field(() => WellbeingMeasure, { nullable: true, defaultValue: WellbeingMeasure.ONS4 })
  @IsOptional()
  @IsEnum(WellbeingMeasure)
  measure?: WellbeingMeasure;

  @Field(() => DateScalar, { nullable: true, description: 'When the questions were asked; today when not given' })
  @IsOptional()
  @IsString()
  recordedOn?: string | null;

  @Field(() => [WellbeingScoreInput], { description: 'One score for each item of the measure' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WellbeingScoreInput)
  scores: WellbeingScoreInput[];

  @Field(() => EquityBandsInput, { nullable: true, description: 'Only at first contact' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EquityBandsInput)
  bands?: EquityBandsInput | null;
}

@ObjectType('WellbeingScore')
export class WellbeingScoreType {
  @Field(() => WellbeingItem)
  item: WellbeingItem;

  @Field(() => Int)
  score: number;
}

@ObjectType('EquityBands', { description: 'As recorded with consent at first contact; null where not given' })
export class EquityBandsType {
  @Field(() => AgeBand, { nullable: true }) ageBand: AgeBand | null;
  @Field(() => Sex, { nullable: true }) sex: Sex | null;
  @Field(() => EthnicGroup, { nullable: true }) ethnicGroup: EthnicGroup | null;
  @Field(() => Int, { nullable: true, description: '1 (most deprived tenth of areas) to 10; null when the postcode was not given or not found' })
  deprivationDecile: number | null;
}

@ObjectType('WellbeingRecord', { description: 'One occasion the wellbeing questions were asked; nothing in it identifies the person' })
export class WellbeingRecordType {
  @Field(() => ID)
  id: string;

  @Field(() => WellbeingOccasion)
  occasion: WellbeingOccasion;

  @Field(() => WellbeingMeasure)
  measure: WellbeingMeasure;

  @Field(() => DateScalar)
  recordedOn: string;

  @ListSize(20)
  @Field(() => [WellbeingScoreType], { description: 'In the order the measure asks them' })
  scores: WellbeingScoreType[];

  @Field(() => EquityBandsType, { nullable: true, description: 'First contact only, when given' })
  bands: EquityBandsType | null;

  @Field(() => DateScalar, { nullable: true, description: 'First contact: when its follow-up falls due (8 weeks on)' })
  followUpDueOn: string | null;

  @Field(() => ID, { nullable: true, description: 'First contact: its follow-up, once recorded; follow-up: the first contact it follows' })
  pairedWith: string | null;
}

@ObjectType('WellbeingFollowUpDue', { description: 'A first contact of yours whose follow-up is due: find the person by your own records' })
export class WellbeingFollowUpDueType {
  @Field(() => ID, { description: 'The first contact' })
  firstContactId: string;

  @Field(() => DateScalar)
  firstContactOn: string;

  @Field(() => DateScalar)
  dueOn: string;

  @ListSize(10)
  @Field(() => [String], { description: 'The activities the person was connected to since the first contact (titles)' })
  connectedTo: string[];
}

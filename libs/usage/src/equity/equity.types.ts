import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@app/common';
import { EquityBand } from '../wellbeing/equity-bands';

@ObjectType('EquityRow')
export class EquityRowType {
  @Field(() => String, { description: 'the band’s value (AGE_18_24, FEMALE, a decile 1–10), or NOT_RECORDED' }) key: string;
  @Field(() => String) label: string;
  @Field(() => Int, { nullable: true, description: 'people connected (by their reference), rounded to the nearest 5; withheld (null) when 1–4' })
  people: number | null;
  @Field(() => Int, { nullable: true }) connections: number | null;
  @Field(() => Int, { nullable: true, description: 'connections whose outcome is attended' }) attended: number | null;
  @Field(() => Float, { nullable: true, description: 'share of the connections whose band was recorded, 0–1; null for NOT_RECORDED or when withheld' })
  connectionShare: number | null;
  @Field(() => Float, { nullable: true, description: 'share of the area’s population in this group, 0–1, when the area’s figures are loaded' })
  populationShare: number | null;
  @Field(() => Boolean, { description: 'a count of 1–4 was withheld' }) suppressed: boolean;
}

@ObjectType('EquityReport')
export class EquityReportType {
  @Field(() => DateScalar, { description: 'the first day of the first whole month reported' }) from: string;
  @Field(() => DateScalar, { description: 'the last day of the last whole month reported' }) to: string;
  @Field(() => EquityBand) band: EquityBand;
  @Field(() => String, { nullable: true, description: 'where the area’s population figures come from; null when none are loaded for this band' })
  populationSource: string | null;
  @Field(() => [EquityRowType], { description: 'every value of the band in its natural order, then NOT_RECORDED' }) rows: EquityRowType[];
}

@ObjectType('DeprivedAreaNeed')
export class DeprivedAreaNeedType {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'searches for the need from the most deprived areas' }) searches: number;
  @Field(() => Int, { description: 'of which found nothing' }) noResults: number;
  @Field(() => Int, { description: 'of which found fewer than `fewerThan` activities' }) fewResults: number;
  @Field(() => Float, { nullable: true, description: 'share of those searches that found nothing or few, 0–1' }) shortShare: number | null;
  @Field(() => Float, { nullable: true, description: 'the same share for searches from every other area with a known decile' })
  shortShareElsewhere: number | null;
}

@ObjectType('DeprivedArea')
export class DeprivedAreaType {
  @Field(() => String) outcode: string;
  @Field(() => Int, { description: 'the middle IMD decile of its postcodes' }) decile: number;
  @Field(() => Int) searches: number;
  @Field(() => Int) noResults: number;
  @Field(() => Int) fewResults: number;
}

@ObjectType('DeprivedAreaDemand')
export class DeprivedAreaDemandType {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => Int, { description: 'areas in deciles 1 to this count as the most deprived' }) mostDeprivedDeciles: number;
  @Field(() => Int, { description: 'a search that found fewer activities than this found few' }) fewerThan: number;
  @Field(() => Int, { description: 'outward codes whose decile is known; 0 until a postcode gazetteer with areas and the indices are loaded' })
  outcodesWithDecile: number;
  @Field(() => [DeprivedAreaNeedType], { description: 'needs, the largest share left short first' }) needs: DeprivedAreaNeedType[];
  @Field(() => [DeprivedAreaType], { description: 'the most deprived outward codes searched from, most searches left short first' })
  areas: DeprivedAreaType[];
}

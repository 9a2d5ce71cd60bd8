import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DateScalar } from '@app/common';
import { DemandGrouping, UsageGrouping } from '../usage-enums';

@ObjectType('UsageRow')
export class UsageRowType {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int, { nullable: true }) connections: number | null;
  @Field(() => Int, { nullable: true }) attended: number | null;
  @Field(() => Int, { nullable: true }) didNotAttend: number | null;
  @Field(() => Int, { nullable: true }) declined: number | null;
  @Field(() => Int, { nullable: true }) attendances: number | null;
  @Field(() => Boolean, { description: 'counts about people are rounded to the nearest 5; a count of 1–4 is withheld (null) and its row flagged' })
  suppressed: boolean;
}

@ObjectType('UsageReport')
export class UsageReportType {
  @Field(() => DateScalar, { description: 'the first day of the first whole month reported' }) from: string;
  @Field(() => DateScalar, { description: 'the last day of the last whole month reported' }) to: string;
  @Field(() => UsageGrouping) groupBy: UsageGrouping;
  @Field(() => [UsageRowType]) rows: UsageRowType[];
}

@ObjectType('DemandRow')
export class DemandRowType {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int) searches: number;
  @Field(() => Int) zeroResultSearches: number;
  @Field(() => Int) assuredActivities: number;
}

@ObjectType('DemandReport')
export class DemandReportType {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => DemandGrouping) groupBy: DemandGrouping;
  @Field(() => [DemandRowType]) rows: DemandRowType[];
}

@ObjectType('FreshnessRow')
export class FreshnessRowType {
  @Field(() => String, { description: 'organisation id, or "ALL" for the total' }) key: string;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'open listings (active or paused)' }) listings: number;
  @Field(() => Int) fresh: number;
  @Field(() => Int, { description: 'to confirm within 30 days' }) due: number;
  @Field(() => Int) stale: number;
  @Field(() => Float, { nullable: true, description: 'share of listings confirmed within the stale period (FRESH or DUE), 0–1' }) confirmedShare: number | null;
}

@ObjectType('FreshnessReport')
export class FreshnessReportType {
  @Field(() => Int, { description: 'STALE_AFTER_DAYS' }) staleAfterDays: number;
  @Field(() => FreshnessRowType) overall: FreshnessRowType;
  @Field(() => [FreshnessRowType], { description: 'by organisation, the least fresh first' }) organisations: FreshnessRowType[];
}

/** Calendar dates, inclusive; `to` may not be before `from` (checked with the span by ReportsService). Optionally narrowed to one need and one area. */
@InputType('ReportRange')
export class ReportRange {
  @Field(() => DateScalar) @IsString() from: string;
  @Field(() => DateScalar) @IsString() to: string;

  @Field(() => String, { nullable: true, description: 'only this need (a taxonomy code)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  need?: string | null;

  @Field(() => String, { nullable: true, description: 'only this outward code (M14) or postcode area (M)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{1,2}([0-9][A-Z0-9]?)?$/, { message: 'must be an outward code such as M14 or a postcode area such as M' })
  area?: string | null;
}

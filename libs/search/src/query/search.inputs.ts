import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DayOfWeek, DeliveryMode, TimeOfDay } from '@app/directory';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(SearchSort, { name: 'SearchSort' });

export const MAX_PAGE_SIZE = 100;

@InputType('GeoInput')
export class GeoInput {
  @Field(() => String, { nullable: true, description: 'full ("M1 1AE") or outward code ("M1")' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude?: number;

  @Field(() => Float, { description: 'Up to 200 km' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1, { message: 'must be at least 0.1 km' })
  @Max(200, { message: 'must be at most 200 km' })
  radiusKm: number;
}

@InputType('ActivitySearchInput')
export class ActivitySearchInput {
  @Field(() => String, { nullable: true, description: 'typo-tolerant; synonyms ("lonely" finds loneliness groups)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => [String], { nullable: true, description: 'any of these needs' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  needs?: string[];

  @Field(() => GeoInput, { nullable: true, description: 'within radiusKm of the point' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoInput)
  near?: GeoInput;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'with `near`: also online/phone activities, wherever they are' })
  @IsOptional()
  @IsBoolean()
  includeRemote?: boolean;

  @Field(() => [String], { nullable: true, description: 'every one of these features' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  accessibility?: string[];

  @Field(() => [DayOfWeek], { nullable: true, description: 'on any of these days' })
  @IsOptional()
  @IsEnum(DayOfWeek, { each: true })
  days?: DayOfWeek[];

  @Field(() => [TimeOfDay], { nullable: true, description: 'at any of these times' })
  @IsOptional()
  @IsEnum(TimeOfDay, { each: true })
  timesOfDay?: TimeOfDay[];

  @Field(() => [DeliveryMode], { nullable: true, description: 'any of these' })
  @IsOptional()
  @IsEnum(DeliveryMode, { each: true })
  deliveryModes?: DeliveryMode[];

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  freeOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'only activities with a session every week (not only fortnightly or monthly)' })
  @IsOptional()
  @IsBoolean()
  weeklyOnly?: boolean;

  @Field(() => Int, { nullable: true, description: 'only listings their group confirmed within this many days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  verifiedWithinDays?: number;

  @Field(() => Boolean, { nullable: true, description: 'leave out activities that run in school terms only' })
  @IsOptional()
  @IsBoolean()
  schoolHolidaysToo?: boolean;

  @Field(() => Int, { nullable: true, description: 'open to a person of this age' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  age?: number;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code, e.g. "ur"' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter ISO 639-1 code, e.g. en' })
  language?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'only organisations whose assurance is ASSURED or EXPIRING' })
  @IsOptional()
  @IsBoolean()
  assuredOnly?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'include FULL activities (never PAUSED or CLOSED ones)' })
  @IsOptional()
  @IsBoolean()
  includeFull?: boolean;

  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE })
  @IsOptional()
  @IsEnum(SearchSort)
  sort?: SearchSort;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `at most ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  pageSize?: number;
}

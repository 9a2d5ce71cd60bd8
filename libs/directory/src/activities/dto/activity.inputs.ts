import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar } from '@app/common';
import { IsAfterTime, IsAtLeastProperty, IsHourMinute, IsLanguageCodes, IsUkPhone } from '../../common/validators';
import { ActivityStatus, DayOfWeek, DeliveryMode, Recurrence } from '../activity-enums';

@InputType('ScheduleSlotInput')
export class ScheduleSlotInput {
  @Field(() => DayOfWeek)
  @IsEnum(DayOfWeek)
  day: DayOfWeek;

  @Field(() => String, { description: '"HH:MM", 24-hour' })
  @IsHourMinute()
  startTime: string;

  @Field(() => String, { description: '"HH:MM", 24-hour, after startTime' })
  @IsHourMinute()
  @IsAfterTime('startTime')
  endTime: string;

  @Field(() => Recurrence, { nullable: true, description: 'WEEKLY when not given' })
  @IsOptional()
  @IsEnum(Recurrence)
  recurrence?: Recurrence | null;

  @Field(() => DateScalar, { nullable: true, description: 'FORTNIGHTLY: the date of one session (on `day`), which tells its weeks apart' })
  @IsOptional()
  @IsString()
  firstDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY: 1 to 4 for the first to fourth `day` of the month, -1 for the last' })
  @IsOptional()
  @IsIn([1, 2, 3, 4, -1], { message: 'must be 1, 2, 3, 4 or -1 (the last)' })
  weekOfMonth?: number | null;
}

const MAX_PLACES = 100_000;

@InputType('CapacityInput')
export class CapacityInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_PLACES)
  placesPerSession?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_PLACES)
  spacesAvailable?: number | null;

  @Field(() => Int, { nullable: true, description: 'People waiting; null when the activity keeps no waiting list' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_PLACES)
  waitingList?: number | null;
}

/** Fields shared by create and update, all optional here; create tightens some. */
@InputType({ isAbstract: true })
abstract class ActivityFields {
  @Field(() => ID, { nullable: true, description: 'Required when deliveryMode is IN_PERSON' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  venueId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200, { message: 'must be 3 to 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000, { message: 'must be 1 to 5000 characters' })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'NEED taxonomy codes, at least one' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one need' })
  @ArrayMaxSize(15)
  @IsString({ each: true })
  needs?: string[];

  @Field(() => String, { nullable: true, description: 'CATEGORY taxonomy code' })
  @IsOptional()
  @IsString()
  category?: string | null;

  @Field(() => [String], { nullable: true, description: 'ACCESSIBILITY taxonomy codes' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  accessibility?: string[];

  @Field(() => DeliveryMode, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryMode)
  deliveryMode?: DeliveryMode;

  @Field(() => [ScheduleSlotInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => ScheduleSlotInput)
  schedule?: ScheduleSlotInput[];

  @Field(() => DateScalar, { nullable: true, description: 'Shown in search only from this day (null: no start)' })
  @IsOptional()
  @IsString()
  showFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Shown in search only until this day (null: no end)' })
  @IsOptional()
  @IsString()
  showUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Runs in school terms only' })
  @IsOptional()
  @IsBoolean()
  termTimeOnly?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  costDescription?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  @IsAtLeastProperty('minimumAge')
  maximumAge?: number | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes; ["en"] by default' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsLanguageCodes()
  languages?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'For a service that comes to the person (home visit, phone, online): the outward codes it reaches, e.g. ["M14", "M15"]',
  })
  @IsOptional()
  @ArrayMaxSize(300)
  @IsString({ each: true })
  @MaxLength(4, { each: true, message: 'each must be an outward code, e.g. M14' })
  coverageOutcodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'For a service that comes to the person: the local authority districts it reaches (GSS codes, e.g. E08000003)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(9, { each: true, message: 'each must be a district code, e.g. E08000003' })
  coverageDistricts?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  selfReferral?: boolean;

  @Field(() => String, { nullable: true, description: 'What someone does to join, e.g. "Just turn up"' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  howToJoin?: string | null;

  @Field(() => String, { nullable: true, description: "The listing's own contact email; the organisation's when empty" })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The listing's own contact phone; the organisation's when empty" })
  @IsOptional()
  @IsUkPhone()
  contactPhone?: string | null;

  @Field(() => CapacityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapacityInput)
  capacity?: CapacityInput | null;

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;
}

/** GraphQL's non-null types make the required fields required; the rules above still apply. */
@InputType('CreateActivityInput')
export class CreateActivityInput extends ActivityFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId: string;

  @Field(() => String)
  declare title: string;

  @Field(() => String)
  declare description: string;

  @Field(() => [String], { description: 'NEED taxonomy codes, at least one' })
  declare needs: string[];

  @Field(() => DeliveryMode)
  declare deliveryMode: DeliveryMode;

  @Field(() => Boolean)
  declare free: boolean;
}

@InputType('UpdateActivityInput')
export class UpdateActivityInput extends ActivityFields {}

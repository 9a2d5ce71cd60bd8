import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TaxonomyTermType } from '@app/taxonomy';
import { OrganisationType } from '../organisations/organisation.type';
import { VenueType } from '../venues/venue.type';
import { DateScalar } from '@app/common';
import { ActivityStatus, CapacityState, DayOfWeek, DeliveryMode, Recurrence } from './activity-enums';
import { ListSize } from '@app/common';

@ObjectType('ScheduleSlot')
export class ScheduleSlotType {
  @Field(() => DayOfWeek)
  day: DayOfWeek;

  @Field(() => String, { description: '"HH:MM", 24-hour' })
  startTime: string;

  @Field(() => String)
  endTime: string;

  @Field(() => Recurrence)
  recurrence: Recurrence;

  @Field(() => DateScalar, { nullable: true, description: 'FORTNIGHTLY: the date of one session' })
  firstDate: string | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY: 1 to 4, or -1 for the last' })
  weekOfMonth: number | null;
}

@ObjectType('Capacity')
export class CapacityType {
  @Field(() => Int, { nullable: true })
  placesPerSession: number | null;

  @Field(() => Int, { nullable: true })
  spacesAvailable: number | null;

  @Field(() => Int, { nullable: true })
  waitingList: number | null;

  @Field(() => CapacityState, {
    description: 'derived: spaces > 0 (or not counted) → SPACES_AVAILABLE; none but a waiting list → WAITING_LIST; else FULL',
  })
  state: CapacityState;
}

@ObjectType('Activity')
export class ActivityType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => VenueType, { nullable: true, description: 'null for online / phone activities' })
  venue: VenueType | null;

  @ListSize(5)
  @Field(() => [TaxonomyTermType])
  needs: TaxonomyTermType[];

  @Field(() => TaxonomyTermType, { nullable: true })
  category: TaxonomyTermType | null;

  @ListSize(8)
  @Field(() => [TaxonomyTermType], { description: "the activity's own features together with its venue's" })
  accessibility: TaxonomyTermType[];

  @Field(() => DeliveryMode)
  deliveryMode: DeliveryMode;

  @ListSize(3)
  @Field(() => [ScheduleSlotType])
  schedule: ScheduleSlotType[];

  @Field(() => Boolean, { description: 'Runs in school terms only' })
  termTimeOnly: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Shown in search from this day' })
  showFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Shown in search until this day' })
  showUntil: string | null;

  @Field(() => Boolean)
  free: boolean;

  @Field(() => String, { nullable: true })
  costDescription: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge: number | null;

  @Field(() => [String], { description: 'ISO 639-1 codes, "en" by default' })
  languages: string[];

  @Field(() => [String], { description: 'For a service that comes to the person: the outward codes it reaches ("M14")' })
  coverageOutcodes: string[];

  @Field(() => [String], { description: 'For a service that comes to the person: the local authority districts it reaches (GSS codes)' })
  coverageDistricts: string[];

  @Field(() => Boolean)
  selfReferral: boolean;

  @Field(() => String, { nullable: true })
  howToJoin: string | null;

  @Field(() => String, { nullable: true, description: "The listing's own; see the organisation's when null" })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: "The listing's own; see the organisation's when null" })
  contactPhone: string | null;

  @Field(() => CapacityType)
  capacity: CapacityType;

  @Field(() => ActivityStatus)
  status: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'Why a PAUSED listing is paused' })
  pausedReason: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A PAUSED listing becomes ACTIVE again on this day' })
  resumesOn: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastVerifiedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

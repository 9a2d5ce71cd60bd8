import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TaxonomyTermType } from '@app/taxonomy';
import { OrganisationType } from '../organisations/organisation.type';
import { VenueType } from '../venues/venue.type';
import { ActivityStatus, CapacityState, DayOfWeek, DeliveryMode } from './activity-enums';

@ObjectType('ScheduleSlot')
export class ScheduleSlotType {
  @Field(() => DayOfWeek)
  day: DayOfWeek;

  @Field(() => String, { description: '"HH:MM", 24-hour' })
  startTime: string;

  @Field(() => String)
  endTime: string;
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

  @Field(() => [TaxonomyTermType])
  needs: TaxonomyTermType[];

  @Field(() => TaxonomyTermType, { nullable: true })
  category: TaxonomyTermType | null;

  @Field(() => [TaxonomyTermType], { description: "the activity's own features together with its venue's" })
  accessibility: TaxonomyTermType[];

  @Field(() => DeliveryMode)
  deliveryMode: DeliveryMode;

  @Field(() => [ScheduleSlotType])
  schedule: ScheduleSlotType[];

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

  @Field(() => Boolean)
  selfReferral: boolean;

  @Field(() => CapacityType)
  capacity: CapacityType;

  @Field(() => ActivityStatus)
  status: ActivityStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastVerifiedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

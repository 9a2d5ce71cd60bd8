import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ActivityType } from '@app/directory';
import { TaxonomyTermType } from '@app/taxonomy';
import { ConnectionFlag, ConnectionOutcome, DeclineReason, WithdrawReason } from '../usage-enums';
import { ReferralContactInput } from './contact/contact.types';
import { ListSize } from '@app/common';

@ObjectType('Referrer', { description: 'The link worker who made a connection, so the group can reply' })
export class ReferrerType {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'PCN or practice' })
  organisationName: string | null;

  @Field(() => String, { description: 'Work email' })
  email: string;
}

@ObjectType('ConnectionEvent', { description: 'One step in a connection’s history' })
export class ConnectionEventType {
  @Field(() => ConnectionOutcome)
  outcome: ConnectionOutcome;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => String, { description: 'Who made the change: "the link worker", "the group" or "the directory" (for no response)' })
  by: string;
}

@ObjectType('Connection')
export class ConnectionType {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityType)
  activity: ActivityType;

  @ListSize(3)
  @Field(() => [TaxonomyTermType])
  needs: TaxonomyTermType[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ConnectionOutcome)
  outcome: ConnectionOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the group first answered (accepted, declined or full)' })
  answeredAt: Date | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Why the group declined' })
  declineReason: DeclineReason | null;

  @Field(() => WithdrawReason, { nullable: true, description: 'Why the link worker withdrew it' })
  withdrawReason: WithdrawReason | null;

  @Field(() => Boolean, { description: 'Made to a full activity: the person is on its waiting list' })
  waitingList: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'While pending: when it becomes NO_RESPONSE unless the group answers' })
  answerBy: Date | null;

  @Field(() => ConnectionFlag, { nullable: true, description: 'Set while open if the group was suspended or the activity paused or closed' })
  flag: ConnectionFlag | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  flaggedAt: Date | null;

  @Field(() => ReferrerType)
  referrer: ReferrerType;

  @Field(() => Boolean, { description: 'Contact details were shared with consent and are still held (read them with connectionContact)' })
  hasContact: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When shared contact details were erased' })
  contactErasedAt: Date | null;

  @ListSize(10)
  @Field(() => [ConnectionEventType], { description: 'Oldest first' })
  history: ConnectionEventType[];

  @Field(() => String, { description: 'Opaque position of this connection in its list, for `after` and `before`' })
  cursor: string;
}

export const MAX_CONNECTIONS_PAGE = 500;

/** Newest first; `after` / `before` take a connection's cursor to page past any number of them. */
@ArgsType()
export class ConnectionListArgs {
  @Field(() => ConnectionOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(ConnectionOutcome)
  outcome?: ConnectionOutcome;

  @Field(() => Int, { nullable: true, defaultValue: MAX_CONNECTIONS_PAGE, description: `at most ${MAX_CONNECTIONS_PAGE}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CONNECTIONS_PAGE, { message: `must be at most ${MAX_CONNECTIONS_PAGE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'connections older than this cursor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @Field(() => String, { nullable: true, description: 'connections newer than this cursor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  before?: string;
}

/** The link worker's own list, optionally for one person (by the reference they gave). */
@ArgsType()
export class MyConnectionsArgs extends ConnectionListArgs {
  @Field(() => String, { nullable: true, description: 'Only connections made with this person reference (matched by its keyed hash)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  personReference?: string;
}

@InputType('RecordConnectionInput')
export class RecordConnectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  activityId: string;

  @Field(() => [String], { description: 'NEED taxonomy codes, at least one' })
  @ArrayMinSize(1, { message: 'must name at least one need' })
  @ArrayMaxSize(15)
  @IsString({ each: true })
  needs: string[];

  @Field(() => String, { nullable: true, description: 'An opaque reference of your own (never an NHS number, email or name); stored only as a keyed hash' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  personReference?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Required (true) to connect to a FULL activity: the person joins its waiting list' })
  @IsOptional()
  @IsBoolean()
  acknowledgeFull?: boolean;

  @Field(() => ReferralContactInput, { nullable: true, description: 'How the group may contact the person, with their consent; stored encrypted' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralContactInput)
  contact?: ReferralContactInput | null;
}

@ArgsType()
export class OrganisationConnectionArgs extends ConnectionListArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: "Only referrals to this one of the organisation's activities" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  activityId?: string;
}

import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ActivityType } from '@app/directory';
import { TaxonomyTermType } from '@app/taxonomy';
import { ConnectionOutcome, DeclineReason } from '../usage-enums';
import { ListSize } from '@app/common';

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

import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ActivityType } from '@app/directory';
import { TaxonomyTermType } from '@app/taxonomy';
import { ConnectionOutcome } from '../usage-enums';

@ObjectType('Connection')
export class ConnectionType {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityType)
  activity: ActivityType;

  @Field(() => [TaxonomyTermType])
  needs: TaxonomyTermType[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ConnectionOutcome)
  outcome: ConnectionOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeAt: Date | null;
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

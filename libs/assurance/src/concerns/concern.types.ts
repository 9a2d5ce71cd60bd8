import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ActivityType, OrganisationType } from '@app/directory';
import { ConcernCategory, ConcernStatus } from '../assurance-enums';

@ObjectType('Concern')
export class ConcernType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => ActivityType, { nullable: true })
  activity: ActivityType | null;

  @Field(() => ConcernCategory)
  category: ConcernCategory;

  @Field(() => String)
  description: string;

  @Field(() => ConcernStatus)
  status: ConcernStatus;

  @Field(() => Boolean, { description: 'Raising it suspended the organisation at once, as a precaution; otherwise it waits for an assurer' })
  precautionarySuspension: boolean;

  @Field(() => GraphQLISODateTime)
  raisedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the assurer found and did' })
  resolutionNote: string | null;
}

@InputType('RaiseConcernInput')
export class RaiseConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  activityId?: string | null;

  @Field(() => ConcernCategory)
  @IsEnum(ConcernCategory)
  category: ConcernCategory;

  @Field(() => String, { description: 'What happened at the group. Do not include anyone’s name or health details.' })
  @IsString()
  @Length(10, 4000, { message: 'must be 10 to 4000 characters' })
  description: string;
}

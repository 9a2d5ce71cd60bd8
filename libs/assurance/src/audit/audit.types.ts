import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID, Matches } from 'class-validator';
import { UserType } from '@app/accounts';

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => UserType, { nullable: true })
  actor: UserType | null;

  @Field(() => String)
  action: string;

  @Field(() => String)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'the organisation the event concerns, if any' })
  organisationId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  details: string | null;

  @Field(() => String, { description: 'chained: sha256(previous hash + this event)' })
  hash: string;
}

@ObjectType('AuditChainCheck')
export class AuditChainCheckType {
  @Field(() => Boolean)
  valid: boolean;

  @Field(() => Int)
  events: number;

  @Field(() => ID, { nullable: true })
  firstBrokenEventId: string | null;
}

@ArgsType()
export class AssuranceAuditArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => String, { nullable: true, description: 'one action, e.g. ASSESSMENT_DECIDED' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,60}$/, { message: 'must be an action name in capitals, e.g. ASSESSMENT_DECIDED' })
  action?: string;
}

import { Field, Int, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, registerDecorator } from 'class-validator';
import { UserType } from '@app/accounts';
import { DateScalar, isIsoDate, ListSize } from '@app/common';
import { AssuranceStatus, OrganisationType } from '@app/directory';
import { AssuranceTier, EvidenceStatus } from '../assurance-enums';
import { ChecklistTemplateType } from '../checklist/checklist.types';

@ObjectType('EvidenceItem')
export class EvidenceItemType {
  @Field(() => String)
  itemKey: string;

  @Field(() => EvidenceStatus)
  status: EvidenceStatus;

  @Field(() => String, { nullable: true, description: 'e.g. policy number, registration number' })
  reference: string | null;

  @Field(() => ID, { nullable: true, description: 'from POST /evidence-documents' })
  documentId: string | null;

  @Field(() => Boolean, { nullable: true })
  declared: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'the last day this evidence holds (its expiry, or issue date + validity)' })
  validUntil: string | null;

  @Field(() => String, { nullable: true })
  reviewerNote: string | null;
}

@ObjectType('Assessment')
export class AssessmentType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => AssuranceTier)
  tier: AssuranceTier;

  @Field(() => AssuranceStatus)
  status: AssuranceStatus;

  @Field(() => ChecklistTemplateType)
  template: ChecklistTemplateType;

  @ListSize(12)
  @Field(() => [EvidenceItemType])
  evidence: EvidenceItemType[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => UserType, { nullable: true, description: 'Who decided: shown to assurers, commissioners and admins, not to the organisation' })
  decidedBy: UserType | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was assured or rejected, in the assurer’s words' })
  decisionNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an assurer last returned it for changes' })
  returnedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the assurer asked to change, beyond the notes on each item' })
  returnNote: string | null;

  @Field(() => Int)
  timesReturned: number;
}

const IsCalendarDate = () => (object: object, propertyName: string) =>
  registerDecorator({
    name: 'isCalendarDate',
    target: object.constructor,
    propertyName,
    options: { message: 'must be a date YYYY-MM-DD' },
    validator: { validate: (v) => v === null || v === undefined || isIsoDate(v) },
  });

@InputType('EvidenceInput')
export class EvidenceInput {
  @Field(() => String)
  @IsString()
  @Length(1, 64)
  itemKey: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  reference?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  documentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  declared?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  issuedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

export const NOTE_MAX = 2000;

import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { Equals, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

/** A UK phone number as people write it: 0 or +44, then 9–10 digits, spaces allowed. */
const UK_PHONE = /^(?:\+44\s?|0)(?:\d\s?){9,10}$/;

@InputType('ReferralContactInput', { description: 'How the group may contact the person: a name and one of phone or email, shared with consent' })
export class ReferralContactInput {
  @Field(() => Boolean, { description: 'The person agreed to share these details with this group (must be true)' })
  @Equals(true, { message: 'confirm the person agreed to share their contact details with this group' })
  consent: boolean;

  @Field(() => String, { description: 'A first or preferred name, as the person would like to be greeted' })
  @IsString()
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A UK phone number' })
  @IsOptional()
  @IsString()
  @Matches(UK_PHONE, { message: 'must be a UK phone number, e.g. 07700 900123' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;
}

@ObjectType('ContactRead')
export class ContactReadType {
  @Field(() => String, { description: 'Who opened the contact details' })
  reader: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('ReferralContact', { description: 'Shared with consent; readable only by the referring link worker and the group’s leaders, every read recorded' })
export class ReferralContactType {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [ContactReadType], { description: 'Every time these details were opened, newest first (this read included)' })
  reads: ContactReadType[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they will be erased: the retention period after the connection closes' })
  eraseAfter: Date | null;
}

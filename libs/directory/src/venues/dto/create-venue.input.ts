import { Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsUkPostcode } from '../../common/validators';

@InputType('CreateVenueInput')
export class CreateVenueInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'must be 2 to 200 characters' })
  name: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'must be 2 to 200 characters' })
  addressLine1: string;

  @Field(() => String)
  @IsString()
  @Length(2, 100, { message: 'must be 2 to 100 characters' })
  town: string;

  @Field(() => String, { description: 'Full UK postcode; stored normalised ("M1 1AE")' })
  @IsUkPostcode()
  postcode: string;

  @Field(() => [String], { nullable: true, description: 'ACCESSIBILITY taxonomy codes' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  accessibility?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  transportNotes?: string | null;
}

/** A venue's details, all given again (as on the edit form): the postcode places it afresh. */
@InputType('UpdateVenueInput')
export class UpdateVenueInput extends OmitType(CreateVenueInput, ['organisationId'] as const, InputType) {}

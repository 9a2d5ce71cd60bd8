import { Field, Float, ID, InputType, OmitType } from '@nestjs/graphql';
import { ArrayMaxSize, IsLatitude, IsLongitude, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
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

  @Field(() => Float, { nullable: true, description: 'WGS84, with longitude: places the venue exactly (e.g. a park gate) instead of at its postcode' })
  @IsOptional()
  @IsLatitude({ message: 'must be a latitude in degrees, e.g. 53.4481' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'must be a longitude in degrees, e.g. -2.2257' })
  longitude?: number | null;

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

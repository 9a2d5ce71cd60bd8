import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TaxonomyTermType } from '@app/taxonomy';
import { ListSize } from '@app/common';

@ObjectType('Venue')
export class VenueType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  addressLine1: string;

  @Field(() => String)
  town: string;

  @Field(() => String, { description: 'Normalised, e.g. "M1 1AE"' })
  postcode: string;

  @Field(() => Float, { description: "The postcode's outward-code centroid" })
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @ListSize(8)
  @Field(() => [TaxonomyTermType])
  accessibility: TaxonomyTermType[];

  @Field(() => String, { nullable: true })
  transportNotes: string | null;

  @Field(() => Boolean, { description: 'Kept for its history; offered for no new listing' })
  archived: boolean;
}

import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LocationPrecision } from '@app/geo';
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

  @Field(() => String, { description: 'Normalised, e.g. "M1 1AE"; empty for a place imported with a position and no postcode' })
  postcode: string;

  @Field(() => Float, { description: 'WGS84; how exact it is: `precision`' })
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => LocationPrecision, { description: "Given coordinates, the full postcode's own point, or only its outward code's centre" })
  precision: LocationPrecision;

  @Field(() => String, { nullable: true, description: 'Why the position may be off, in plain words (e.g. a terminated postcode)' })
  locationNote: string | null;

  @ListSize(8)
  @Field(() => [TaxonomyTermType])
  accessibility: TaxonomyTermType[];

  @Field(() => String, { nullable: true })
  transportNotes: string | null;

  @Field(() => Boolean, { description: 'Kept for its history; offered for no new listing' })
  archived: boolean;
}

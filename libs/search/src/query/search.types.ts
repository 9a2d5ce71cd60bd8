import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ActivityType } from '@app/directory';
import { LocationPrecision } from '@app/geo';

@ObjectType('ActivityHit')
export class ActivityHitType {
  @Field(() => ActivityType)
  activity: ActivityType;

  @Field(() => Float, {
    nullable: true,
    description:
      'from the search point, when `near` is given: to 0.1 km, or to the km when `distanceApproximate` (null for remote activities and for services that cover the area)',
  })
  distanceKm: number | null;

  @Field(() => Boolean, { description: 'true when either end is known only to its outward code\'s centre: say "about"' })
  distanceApproximate: boolean;

  @Field(() => Boolean, { description: "a service that comes to the person and covers the searched postcode's outward code or district" })
  coversArea: boolean;
}

@ObjectType('SearchPlace', { description: 'Where a search with `near` was measured from' })
export class SearchPlaceType {
  @Field(() => String, { nullable: true, description: 'the full postcode, normalised, when one was given' })
  postcode: string | null;

  @Field(() => String, { description: 'empty when searched by coordinates' })
  outcode: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => LocationPrecision, { description: 'OUTCODE when the postcode is not in the postcode directory: distances are approximate' })
  precision: LocationPrecision;
}

@ObjectType('FacetValue')
export class FacetValueType {
  @Field(() => String)
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('Facet')
export class FacetType {
  @Field(() => String, { description: 'needs, accessibility, days, deliveryMode or category' })
  field: string;

  @Field(() => [FacetValueType])
  values: FacetValueType[];
}

@ObjectType('ActivitySearchResult')
export class ActivitySearchResultType {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [ActivityHitType])
  hits: ActivityHitType[];

  @Field(() => [FacetType])
  facets: FacetType[];

  @Field(() => SearchPlaceType, { nullable: true, description: 'where distances are measured from, when `near` is given' })
  near: SearchPlaceType | null;
}

import { Field, GraphQLISODateTime, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@app/access';
import { Locator } from './locator';

@ObjectType('PostcodeDistrict', { description: 'A local authority district of the loaded postcode directory' })
export class PostcodeDistrictType {
  @Field(() => String, { description: 'GSS code, e.g. E08000003' })
  code: string;

  @Field(() => String, { nullable: true, description: 'When the loaded file came with names' })
  name: string | null;
}

@ObjectType('PostcodeDirectory', { description: 'The full-postcode gazetteer: without one, places are known to their outward code only' })
export class PostcodeDirectoryType {
  @Field(() => Boolean)
  loaded: boolean;

  @Field(() => String, { nullable: true, description: 'ONSPD, NSPL or Code-Point Open' })
  format: string | null;

  @Field(() => String, { nullable: true })
  file: string | null;

  @Field(() => Int)
  postcodes: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  loadedAt: Date | null;

  @Field(() => [PostcodeDistrictType])
  districts: PostcodeDistrictType[];
}

@Resolver()
export class PostcodeDirectoryResolver {
  constructor(private readonly locator: Locator) {}

  @Authenticated()
  @Query(() => PostcodeDirectoryType, { description: 'Which postcode directory is loaded, and its districts (for coverage areas)' })
  async postcodeDirectory(): Promise<PostcodeDirectoryType> {
    const [loaded, districts] = await Promise.all([this.locator.loaded(), this.locator.districts()]);
    return {
      loaded: !!loaded,
      format: loaded?.format ?? null,
      file: loaded?.file ?? null,
      postcodes: loaded?.postcodes ?? 0,
      loadedAt: loaded?.at ?? null,
      districts,
    };
  }
}

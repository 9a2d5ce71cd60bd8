import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Locator } from '@app/geo';
import { ActivityType } from './activity.type';

/** The names of the districts a service covers, from the loaded postcode directory. */
@Resolver(() => ActivityType)
export class ActivityCoverageResolver {
  constructor(private readonly locator: Locator) {}

  @ResolveField(() => [String], { description: 'coverageDistricts by name, in the same order (the code where the directory has no name)' })
  async coverageDistrictNames(@Parent() activity: ActivityType): Promise<string[]> {
    if (!activity.coverageDistricts.length) return [];
    const names = new Map((await this.locator.districts(activity.coverageDistricts)).map((d) => [d.code, d.name]));
    return activity.coverageDistricts.map((code) => names.get(code) ?? code);
  }
}

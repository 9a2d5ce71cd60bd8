import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { RecordWellbeingInput, WellbeingFollowUpDueType, WellbeingRecordType } from './wellbeing.types';
import { WellbeingService } from './wellbeing.service';

/** Link workers only: their own records, found by their own reference for the person. */
@Resolver(() => WellbeingRecordType)
export class WellbeingResolver {
  constructor(private readonly wellbeing: WellbeingService) {}

  @Roles(Role.LINK_WORKER)
  @Mutation(() => WellbeingRecordType, { description: 'Records the ONS4 wellbeing scores at first contact or at follow-up' })
  recordWellbeing(@Args('input') input: RecordWellbeingInput, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.wellbeing.record(viewer, input);
  }

  @Roles(Role.LINK_WORKER)
  @Query(() => [WellbeingRecordType], { description: 'The wellbeing records you made for a person, oldest first' })
  wellbeingRecords(
    @Args('personReference', { type: () => String, description: 'Your own reference for the person' }) personReference: string,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return this.wellbeing.forPerson(viewer, personReference);
  }

  @Roles(Role.LINK_WORKER)
  @Query(() => [WellbeingFollowUpDueType], { description: 'Your first contacts whose follow-up is due or falls due within a week, oldest first' })
  wellbeingFollowUpsDue(@CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.wellbeing.followUpsDue(viewer);
  }
}

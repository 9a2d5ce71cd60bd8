import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { OrganisationType } from '@app/directory';
import { WorkspaceService } from './workspace.service';
import { OrganisationWorkspaceType } from './workspace.types';

@Resolver(() => OrganisationType)
export class WorkspaceResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  @ResolveField(() => OrganisationWorkspaceType, { description: "What needs doing: for the organisation's leaders and admins" })
  workspace(@Parent() organisation: OrganisationType, @CurrentViewer() viewer: Viewer): Promise<OrganisationWorkspaceType> {
    return this.workspaces.forOrganisation(viewer, organisation);
  }
}

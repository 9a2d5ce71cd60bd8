import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { WorkspaceResolver } from './workspace.resolver';
import { WorkspaceService } from './workspace.service';

/** The leader's workspace summary, drawn from the directory, usage and assurance. */
@Module({ imports: [DirectoryModule], providers: [WorkspaceService, WorkspaceResolver] })
export class WorkspaceModule {}

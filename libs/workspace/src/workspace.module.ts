import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { FRESHNESS_REMINDER_OPTIONS, FreshnessReminderOptions } from './freshness-reminders/confirm-link';
import { ConfirmLinkController } from './freshness-reminders/confirm-link.controller';
import { FreshnessReminderJob } from './freshness-reminders/freshness-reminder-job';
import { FreshnessRemindersRepository } from './freshness-reminders/freshness-reminders.repository';
import { WorkspaceResolver } from './workspace.resolver';
import { WorkspaceService } from './workspace.service';

/** The leader's workspace: its summary, drawn from the directory, usage and assurance, and the reminders to keep listings fresh. */
@Module({})
export class WorkspaceModule {
  static forRoot(reminders: FreshnessReminderOptions): DynamicModule {
    return {
      module: WorkspaceModule,
      imports: [DirectoryModule],
      providers: [
        WorkspaceService,
        WorkspaceResolver,
        { provide: FRESHNESS_REMINDER_OPTIONS, useValue: reminders },
        FreshnessRemindersRepository,
        FreshnessReminderJob,
      ],
      controllers: [ConfirmLinkController],
    };
  }
}

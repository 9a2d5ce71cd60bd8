export * from './workspace.types';
export * from './workspace.service';
export * from './workspace.module';
export * from './workspace.resolver';
export * from './freshness-reminders/freshness-reminder-job';
export * from './freshness-reminders/confirm-link';

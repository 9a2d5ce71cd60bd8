export * from './workspace.types';
export * from './workspace.service';
export * from './workspace.module';
export * from './workspace.resolver';

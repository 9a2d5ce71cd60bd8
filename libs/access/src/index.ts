export * from './role';
export * from './viewer';
export * from './ports';
export * from './access.decorators';
export * from './session-cookie';
export * from './access.guard';
export * from './organisation-access';
export * from './access.module';

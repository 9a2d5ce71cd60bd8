export * from './usage-enums';
export * from './connections/connection.entity';
export * from './connections/connection-outcome-event.entity';
export * from './connections/person-reference';
export * from './connections/connections.resolver';
export * from './usage.module';

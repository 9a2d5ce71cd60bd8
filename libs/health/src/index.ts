export * from './health-check';
export * from './health.controller';
export * from './database.health';

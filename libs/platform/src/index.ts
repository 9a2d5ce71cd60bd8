export * from './infrastructure';
export * from './api.module';
export * from './create-api';
export * from './api-resolvers';
export * from './schema-printer';
export * from './entities';

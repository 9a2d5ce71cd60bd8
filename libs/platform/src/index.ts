// Entities first: they load before any GraphQL type (the entity files import no feature index).
export * from './entities';
export * from './infrastructure';
export * from './api.module';
export * from './create-api';
export * from './api-resolvers';
export * from './schema-printer';

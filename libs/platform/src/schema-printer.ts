import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { API_RESOLVERS } from './api-resolvers';

const HEADER = '# Generated from the code by `npm run schema:generate`. Do not edit; CI fails when it is stale.\n\n';

/** The committed form of a schema: sorted, with a header. */
export function printApiSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the schema from the resolver classes alone (no database, no server). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
  await app.close();
  return schema;
}

import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Args, GraphQLModule, Int, Query, Resolver } from '@nestjs/graphql';
import { MeiliClient } from '@app/search';

/**
 * The search benchmark's "stack floor": NestJS 11 and Apollo 5 on Express, as the api runs them, with
 * nothing of the product's (no guards, pipes, middleware or services). Its one query sends the raw
 * Meilisearch requests it is given, one after another, with the product's own client, so what it
 * costs beyond raw Meilisearch is what the mandated stack costs. Started by search-bench.ts, which
 * it tells its port; MEILI_HOST, MEILI_API_KEY and MEILI_INDEX say where to search.
 */
const meili = new MeiliClient(process.env.MEILI_HOST!, process.env.MEILI_API_KEY!);
const index = process.env.MEILI_INDEX || 'activities';

@Resolver()
class ReplayResolver {
  /** `requests`: the Meilisearch request bodies as JSON; answers the last one's total. */
  @Query(() => Int)
  async replay(@Args('requests') requests: string): Promise<number> {
    let total = 0;
    for (const request of JSON.parse(requests) as object[]) total = (await meili.search(index, request)).totalHits ?? 0;
    return total;
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: false })],
  providers: [ReplayResolver],
})
class StackFloorModule {}

void (async () => {
  const app = await NestFactory.create<NestExpressApplication>(StackFloorModule, { logger: false });
  // A nearest-first search's requests, replayed whole, pass Express's default 100 KB.
  app.useBodyParser('json', { limit: '10mb' });
  await app.listen(0, '127.0.0.1');
  process.send?.((app.getHttpServer().address() as { port: number }).port);
})();

import 'reflect-metadata';
import http from 'node:http';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Args, GraphQLModule, Int, Query, Resolver } from '@nestjs/graphql';
import { MeiliClient } from '@app/search';

/**
 * The search benchmark's floors: servers with nothing of the product's in them, each sending the raw
 * Meilisearch requests it is given, one after another, with the product's own client. `nest`:
 * NestJS 11 and Apollo 5 on Express, as the api runs them (no guards, pipes, middleware or services),
 * so what it costs beyond raw Meilisearch is what the mandated stack costs. `node-http`: no framework
 * at all, so what it costs is one more process on the way; a request without requests answers `{}`.
 * Started by search-bench.ts with the kind as its argument, and tells it its port; MEILI_HOST,
 * MEILI_API_KEY and MEILI_INDEX say where to search.
 */
const meili = new MeiliClient(process.env.MEILI_HOST!, process.env.MEILI_API_KEY!);
const index = process.env.MEILI_INDEX || 'activities';

/** `requests`: the Meilisearch request bodies as JSON; answers the last one's total. */
async function replay(requests: string): Promise<number> {
  let total = 0;
  for (const request of JSON.parse(requests) as object[]) total = (await meili.search(index, request)).totalHits ?? 0;
  return total;
}

@Resolver()
class ReplayResolver {
  @Query(() => Int)
  replay(@Args('requests') requests: string): Promise<number> {
    return replay(requests);
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: false })],
  providers: [ReplayResolver],
})
class StackFloorModule {}

async function listenNest(): Promise<http.Server> {
  const app = await NestFactory.create<NestExpressApplication>(StackFloorModule, { logger: false });
  // A nearest-first search's requests, replayed whole, pass Express's default 100 KB.
  app.useBodyParser('json', { limit: '10mb' });
  await app.listen(0, '127.0.0.1');
  return app.getHttpServer();
}

/** The same GraphQL-shaped body (`variables.r`), read and answered by node:http alone. */
function listenNodeHttp(): Promise<http.Server> {
  const answer = async (body: string) => {
    const requests = (JSON.parse(body) as { variables?: { r?: string } }).variables?.r;
    return requests ? { data: { replay: await replay(requests) } } : {};
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      answer(Buffer.concat(chunks).toString()).then(
        (answered) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answered)),
        (err: Error) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: err.message }] })),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

void (async () => {
  const server = await (process.argv[2] === 'node-http' ? listenNodeHttp() : listenNest());
  process.send?.((server.address() as { port: number }).port);
})();

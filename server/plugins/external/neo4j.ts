// The one neo4j-driver instance of the process, shared as `fastify.neo4j`. Its owner (server.ts, or a
// test) closes it; the app only stops using it when it closes.
import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';

declare module 'fastify' {
  interface FastifyInstance {
    neo4j: Driver;
  }
}

export default fp<{ driver: Driver }>(
  async (fastify, opts) => {
    fastify.decorate('neo4j', opts.driver);
  },
  { name: 'neo4j' },
);

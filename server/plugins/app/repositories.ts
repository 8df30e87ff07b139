// The app's repositories (all Cypher lives in server/repositories/), built once on the shared driver.
import fp from 'fastify-plugin';
import type { ServerConfig } from '../../config';
import { createAvailability } from '../../repositories/availability';
import type { Db } from '../../repositories/db';
import { createRepositories, type Repositories } from '../../repositories';

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories;
    config: ServerConfig;
  }
}

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    const availability = createAvailability(fastify.neo4j, config.database);
    const db: Db = { driver: fastify.neo4j, database: config.database, timeoutMs: config.queryTimeoutMs, availability };
    fastify.decorate('config', config);
    fastify.decorate('repos', createRepositories(db, config));
  },
  { name: 'repositories', dependencies: ['neo4j'] },
);

// Every /api route, one folder per resource.
import type { FastifyPluginAsync } from 'fastify';
import graph from './graph';
import health from './health';

export const apiRoutes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(health);
  await fastify.register(graph);
};

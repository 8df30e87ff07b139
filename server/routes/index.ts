// Every /api route, one folder per resource.
import type { FastifyPluginAsync } from 'fastify';
import actorDecisions from './actor-decisions';
import actors from './actors';
import claims from './claims';
import documents from './documents';
import exportRoutes from './export';
import graph from './graph';
import health from './health';
import paths from './paths';
import queries from './queries';
import reviews from './reviews';
import timeline from './timeline';

export const apiRoutes: FastifyPluginAsync = async (fastify) => {
  for (const plugin of [health, graph, actors, actorDecisions, claims, reviews, documents, paths, timeline, queries, exportRoutes]) await fastify.register(plugin);
};

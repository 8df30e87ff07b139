import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponseSchema, HealthResponseSchema, StatsQuerySchema, StatsResponseSchema } from '../../../shared/api';
import { sendJsonOnce } from '../cached-json';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/health', {
    schema: { tags: ['meta'], summary: 'Neo4j version and counts; 503 while Neo4j is down', response: { 200: HealthResponseSchema, 503: ErrorResponseSchema } },
    config: { rateLimit: false },
  }, async () => fastify.repos.health.health());

  fastify.get('/stats', {
    schema: { tags: ['meta'], summary: 'Histograms for the filter UI: claims per year, type, source', querystring: StatsQuerySchema, response: { 200: StatsResponseSchema, 400: ErrorResponseSchema } },
  }, async (request, reply) => sendJsonOnce(request, reply, await fastify.repos.health.stats(request.query.includeRejected ?? false, request.query.sourceLimit)));
};
export default routes;

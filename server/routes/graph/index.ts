import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponseSchema, GraphQuerySchema, GraphResponseSchema } from '../../../shared/api';
import { parseGraphFilters } from '../../queries/graph-filters';
import { sendJsonOnce } from '../cached-json';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/graph', {
    schema: {
      tags: ['graph'],
      summary: 'The filtered actor network, claims aggregated per (source, type, target), Cytoscape-ready',
      querystring: GraphQuerySchema,
      response: { 200: GraphResponseSchema, 400: ErrorResponseSchema },
    },
  }, async (request, reply) => sendJsonOnce(request, reply, await fastify.repos.graph.graph(parseGraphFilters(request.query))));
};
export default routes;

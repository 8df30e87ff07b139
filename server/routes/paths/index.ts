import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponseSchema, PathQuerySchema, PathResponseSchema } from '../../../shared/api';
import { parseGraphFilters } from '../../queries/graph-filters';
import { sendJsonOnce } from '../cached-json';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/paths', {
    schema: {
      tags: ['graph'], summary: 'Shortest paths between two actors over claims passing the graph filters',
      querystring: PathQuerySchema, response: { 200: PathResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    const { from, to, maxHops, directed, limit, ...rest } = request.query;
    const answer = await fastify.repos.paths.paths(parseGraphFilters(rest), { from, to, maxHops: maxHops ?? 4, directed: directed ?? false, limit: limit ?? 10 });
    return sendJsonOnce(request, reply, answer);
  });
};
export default routes;

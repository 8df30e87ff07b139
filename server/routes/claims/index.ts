import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ClaimListResponseSchema, ClaimQuerySchema, ErrorResponseSchema } from '../../../shared/api';
import { parseGraphFilters } from '../../queries/graph-filters';
import { sendJsonOnce } from '../cached-json';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/claims', {
    schema: {
      tags: ['claims'], summary: 'The evidence: claims with sentence, document, year, modality, negation and offsets',
      querystring: ClaimQuerySchema, response: { 200: ClaimListResponseSchema, 400: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    const { source, target, type, undirected, doc, review, order, limit, offset, ...rest } = request.query;
    const filters = parseGraphFilters({ ...rest, includeNegated: rest.includeNegated ?? true, includeRejected: rest.includeRejected ?? true });
    return sendJsonOnce(request, reply, await fastify.repos.claims.list(filters, {
      source, target, type, undirected: undirected ?? false, doc, review, order, limit: limit ?? 100, offset: offset ?? 0,
    }));
  });
};
export default routes;

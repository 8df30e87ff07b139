import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponseSchema, TimelineQuerySchema, TimelineResponseSchema } from '../../../shared/api';
import { invalidParameter } from '../../errors';
import { parseGraphFilters, splitList } from '../../queries/graph-filters';
import { sendJsonOnce } from '../cached-json';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/timeline', {
    schema: {
      tags: ['graph'], summary: 'Per year: claim counts by type and the net cooperation–conflict score, for one actor or a dyad',
      querystring: TimelineQuerySchema, response: { 200: TimelineResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    const { actors, ...rest } = request.query;
    const ids = splitList('actors', actors);
    if (!ids) throw invalidParameter('actors', 'one actor id, or two for a dyad (e.g. united-states,taliban).');
    return sendJsonOnce(request, reply, await fastify.repos.timeline.timeline(parseGraphFilters(rest), ids));
  });
};
export default routes;

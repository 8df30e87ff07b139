import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ActorProfileSchema, ActorSearchQuerySchema, ActorSearchResponseSchema, ErrorResponseSchema, IdParamsSchema } from '../../../shared/api';
import { sendJsonOnce } from '../cached-json';
import { ApiError } from '../../errors';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/actors', {
    schema: {
      tags: ['actors'], summary: 'Search actors by name or alias, ranked (exact, prefix, substring; then degree)',
      querystring: ActorSearchQuerySchema, response: { 200: ActorSearchResponseSchema, 400: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    const actors = await fastify.repos.actors.search(request.query.q ?? '', request.query.type, request.query.limit ?? 20);
    return sendJsonOnce(request, reply, actors, (list) => ({ actors: list }));
  });

  fastify.get('/actors/:id', {
    schema: {
      tags: ['actors'], summary: 'Actor profile: roles, degree, first and last year, top counterparts',
      params: IdParamsSchema, response: { 200: ActorProfileSchema, 301: Type.Null(), 404: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    try {
      return sendJsonOnce(request, reply, await fastify.repos.actors.profile(request.params.id));
    } catch (error) {
      // A merged actor lives on as the actor it was merged into.
      const into = error instanceof ApiError && error.code === 'not_found' ? await fastify.repos.reviews.mergedInto(request.params.id) : null;
      if (into === null) throw error;
      return reply.redirect(`/api/actors/${encodeURIComponent(into)}`, 301);
    }
  });
};
export default routes;

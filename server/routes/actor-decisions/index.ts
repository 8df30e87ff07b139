// Analysts' decisions on actors: merge into another, promote a discovered actor to a known one,
// dismiss one for good; and the discovered actors to decide on (the review queue's actors tab).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorResponseSchema, IdParamsSchema, NoQuerySchema } from '../../../shared/api';
import {
  ActorDecisionSchema, ActorMergeBodySchema, ActorPromoteBodySchema, DiscoveredActorListSchema, DiscoveredActorsQuerySchema,
} from '../../../shared/review';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 404: ErrorResponseSchema };

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/actors/discovered', {
    schema: {
      tags: ['actors'], summary: 'Discovered actors (found in text, not in the gazetteer) by number of claims',
      querystring: DiscoveredActorsQuerySchema, response: { 200: DiscoveredActorListSchema, 400: ErrorResponseSchema },
    },
  }, async (request) => ({ actors: await fastify.repos.reviews.discovered(request.query.limit ?? 100) }));

  fastify.get('/actors/decisions', {
    schema: {
      tags: ['actors'], summary: 'Every merge, promotion and dismissal, oldest first', querystring: NoQuerySchema,
      response: { 200: Type.Object({ decisions: Type.Array(ActorDecisionSchema) }) },
    },
  }, async () => ({ decisions: await fastify.repos.reviews.decisions() }));

  fastify.post('/actors/:id/merge', {
    schema: {
      tags: ['actors'], summary: 'Merge this actor into another: claims and mentions move, the name becomes an alias, the id redirects',
      security: [{ bearer: [] }], params: IdParamsSchema, body: ActorMergeBodySchema, response: { 200: ActorDecisionSchema, ...errors },
    },
  }, async (request) => fastify.repos.reviews.merge(request.params.id, request.body.into, request.reviewer));

  fastify.post('/actors/:id/promote', {
    schema: {
      tags: ['actors'], summary: 'Make a discovered actor a known one, with a type (and a name and aliases)',
      security: [{ bearer: [] }], params: IdParamsSchema, body: ActorPromoteBodySchema, response: { 200: ActorDecisionSchema, ...errors },
    },
  }, async (request) => fastify.repos.reviews.promote(request.params.id, request.body, request.reviewer));

  fastify.post('/actors/:id/dismiss', {
    schema: {
      tags: ['actors'], summary: 'Dismiss an actor for good: it and its claims leave the graph, and later extractions drop it',
      security: [{ bearer: [] }], params: IdParamsSchema, response: { 200: ActorDecisionSchema, ...errors },
    },
  }, async (request) => fastify.repos.reviews.dismiss(request.params.id, request.reviewer));
};
export default routes;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorResponseSchema, IdParamsSchema, SavedQueryInputSchema, SavedQueryListResponseSchema, SavedQueryRunBodySchema, SavedQueryRunResultSchema,
  SavedQuerySchema,
} from '../../../shared/api';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const secured = { security: [{ bearer: [] }] };

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/queries', {
    schema: { tags: ['queries'], summary: 'List saved relationship queries', response: { 200: SavedQueryListResponseSchema } },
  }, async () => ({ queries: await fastify.repos.queries.list() }));

  fastify.get('/queries/:id', {
    schema: { tags: ['queries'], summary: 'One saved query', params: IdParamsSchema, response: { 200: SavedQuerySchema, 404: ErrorResponseSchema } },
  }, async (request) => fastify.repos.queries.get(request.params.id));

  fastify.post('/queries', {
    schema: { tags: ['queries'], summary: 'Create a saved query', ...secured, body: SavedQueryInputSchema, response: { 201: SavedQuerySchema, ...errors } },
  }, async (request, reply) => reply.status(201).send(await fastify.repos.queries.create(request.body)));

  fastify.put('/queries/:id', {
    schema: { tags: ['queries'], summary: 'Replace a saved query', ...secured, params: IdParamsSchema, body: SavedQueryInputSchema, response: { 200: SavedQuerySchema, ...errors } },
  }, async (request) => fastify.repos.queries.update(request.params.id, request.body));

  fastify.delete('/queries/:id', {
    schema: { tags: ['queries'], summary: 'Delete a saved query', ...secured, params: IdParamsSchema, response: { 204: { type: 'null' }, ...errors } },
  }, async (request, reply) => {
    await fastify.repos.queries.remove(request.params.id);
    return reply.status(204).send(null);
  });

  fastify.post('/queries/:id/run', {
    schema: {
      tags: ['queries'], summary: 'Run a saved query read-only (READ access mode, timeout, row cap); returns a graph and a table',
      ...secured, params: IdParamsSchema, body: SavedQueryRunBodySchema,
      response: { 200: SavedQueryRunResultSchema, ...errors, 503: ErrorResponseSchema, 504: ErrorResponseSchema },
    },
  }, async (request) => fastify.repos.queries.run(request.params.id, request.body?.params ?? {}));
};
export default routes;

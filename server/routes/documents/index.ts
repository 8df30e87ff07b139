import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DocumentDeleteResponseSchema, DocumentDetailSchema, DocumentListQuerySchema, DocumentListResponseSchema, DocumentStatusResponseSchema, DocumentSubmitSchema,
  ErrorResponseSchema, IdParamsSchema,
} from '../../../shared/api';
import { checkSubmittedText } from '../../submitted-text';

const statusUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/status`;

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/documents', {
    schema: { tags: ['documents'], summary: 'List documents', querystring: DocumentListQuerySchema, response: { 200: DocumentListResponseSchema, 400: ErrorResponseSchema } },
  }, async (request) => fastify.repos.documents.list(request.query));

  fastify.get('/documents/:id', {
    schema: {
      tags: ['documents'], summary: 'Document text with annotations: mentions and claims with offsets',
      params: IdParamsSchema, response: { 200: DocumentDetailSchema, 404: ErrorResponseSchema },
    },
  }, async (request) => fastify.repos.documents.detail(request.params.id));

  fastify.get('/documents/:id/status', {
    schema: { tags: ['documents'], summary: 'Processing status of a document', params: IdParamsSchema, response: { 200: DocumentStatusResponseSchema, 404: ErrorResponseSchema } },
  }, async (request) => {
    const d = await fastify.repos.documents.status(request.params.id);
    return { id: d.id, status: d.status, error: d.error, claimCount: d.claimCount, submittedAt: d.submittedAt, processedAt: d.processedAt, statusUrl: statusUrl(d.id) };
  });

  fastify.delete('/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: 'Delete a document with its claims and mentions (one transaction), and the discovered actors it leaves with no claim or mention',
      security: [{ bearer: [] }], params: IdParamsSchema,
      response: { 200: DocumentDeleteResponseSchema, 401: ErrorResponseSchema, 404: ErrorResponseSchema },
    },
  }, async (request) => fastify.repos.documents.remove(request.params.id));

  fastify.post('/documents', {
    schema: {
      tags: ['documents'], summary: 'Submit a text (JSON, or multipart with a `text` file/field plus metadata fields); stored pending for the worker',
      security: [{ bearer: [] }], consumes: ['application/json', 'multipart/form-data'],
      body: DocumentSubmitSchema,
      response: { 202: DocumentStatusResponseSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 409: ErrorResponseSchema, 413: ErrorResponseSchema },
    },
  }, async (request, reply) => {
    const d = await fastify.repos.documents.submit({ ...request.body, text: checkSubmittedText(request.body.text) });
    const url = statusUrl(d.id);
    return reply.status(202).header('location', url).send({
      id: d.id, status: d.status, error: d.error, claimCount: d.claimCount, submittedAt: d.submittedAt, processedAt: d.processedAt, statusUrl: url,
    });
  });
};
export default routes;

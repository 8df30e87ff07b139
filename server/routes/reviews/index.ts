// Claim reviews: confirm, reject or correct a claim (and take the review back). Writes need a token;
// its name is the reviewer.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ClaimEvidenceSchema, ErrorResponseSchema, NoQuerySchema } from '../../../shared/api';
import { ClaimIdParamsSchema, ClaimReviewBodySchema } from '../../../shared/review';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post('/claims/:claimId/review', {
    schema: {
      tags: ['reviews'], summary: 'Review a claim: confirmed, rejected, or corrected (type, source, target, year, negated, modality), with a note',
      security: [{ bearer: [] }], params: ClaimIdParamsSchema, body: ClaimReviewBodySchema,
      response: { 200: ClaimEvidenceSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 404: ErrorResponseSchema },
    },
  }, async (request) => {
    await fastify.repos.reviews.review(request.params.claimId, request.body, request.reviewer);
    return fastify.repos.claims.get(request.params.claimId);
  });

  fastify.get('/reviews/export', {
    schema: {
      tags: ['reviews'], summary: 'Every review in the gold format `npm run eval -- --gold <file>` reads (confirmed and corrected claims, reviewed documents with their text)',
      querystring: NoQuerySchema,
    },
  }, async (_request, reply) => {
    reply.header('content-disposition', 'attachment; filename="actorscope-reviews.gold.json"');
    return fastify.repos.reviews.exportGold();
  });

  fastify.delete('/claims/:claimId/review', {
    schema: {
      tags: ['reviews'], summary: 'Take the review off a claim: the extracted values again, in the graph again',
      security: [{ bearer: [] }], params: ClaimIdParamsSchema,
      response: { 200: ClaimEvidenceSchema, 401: ErrorResponseSchema, 404: ErrorResponseSchema },
    },
  }, async (request) => {
    await fastify.repos.reviews.unreview(request.params.claimId);
    return fastify.repos.claims.get(request.params.claimId);
  });
};
export default routes;

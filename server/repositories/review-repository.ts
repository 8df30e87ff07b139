// Claim reviews and actor decisions through the API: checks the request against the stored claim or
// actor, then writes through review/ in one transaction (404 for an unknown claim or actor id in
// the path, 400 naming the field for an unknown actor in the body).
import neo4j from 'neo4j-driver';
import type { ClaimReviewBody, ActorDecision, ActorPromoteBody, DiscoveredActor } from '../../shared/review';
import type { ActorType } from '../../shared/vocabulary';
import { dismissActor, listDecisions, mergeActor, mergedInto, promoteActor, UnknownActorError } from '../../review/actor-decision-store';
import { allReviews, findClaim, reviewClaim, unreviewClaim } from '../../review/claim-review-store';
import { reviewsToGold, type GoldDocument, type GoldExport } from '../../review/gold-export';
import { extractedValues, effectiveValues } from '../../review/claim-values';
import { invalidParameter, notFound } from '../errors';
import { toInt, toStringArray } from '../presenters/values';
import { readRows, readTx, writeTx, type Db } from './db';

/** The body's own rules, before any claim is read. */
export function checkReviewBody(body: ClaimReviewBody): void {
  const fields = body.correction ? Object.keys(body.correction) : [];
  if (body.correction && body.verdict !== 'corrected') {
    throw invalidParameter('correction', `is only allowed with verdict "corrected" (got verdict "${body.verdict}").`);
  }
  if (body.verdict === 'corrected' && fields.length === 0) {
    throw invalidParameter('correction', 'verdict "corrected" needs a correction with at least one of type, source, target, year, negated, modality.');
  }
}

const mapUnknownActor = (error: unknown): never => {
  if (error instanceof UnknownActorError) {
    if (error.field === 'id') throw notFound('Actor', error.actorId);
    throw invalidParameter(error.field, `actor ${JSON.stringify(error.actorId)} does not exist.`);
  }
  throw error;
};

export function createReviewRepository(db: Db) {
  return {
    async review(claimId: string, body: ClaimReviewBody, reviewer: string, at = new Date()): Promise<void> {
      checkReviewBody(body);
      await writeTx(db, async (tx) => {
        const claim = await findClaim(tx, claimId);
        if (!claim) throw notFound('Claim', claimId);
        const review = { verdict: body.verdict, reviewer, at: at.toISOString(), ...(body.note ? { note: body.note } : {}), ...(body.correction ? { correction: body.correction } : {}) };
        for (const field of ['source', 'target'] as const) {
          const id = body.correction?.[field];
          if (id === undefined) continue;
          const found = await tx.run('MATCH (a:Actor {id: $id}) RETURN a.id AS id', { id });
          if (found.records.length === 0) throw invalidParameter(`correction.${field}`, `actor ${JSON.stringify(id)} does not exist.`);
        }
        const eff = effectiveValues(extractedValues(claim.props, claim), review);
        if (eff.source === eff.target) throw invalidParameter('correction', `source and target would both be "${eff.source}".`);
        await reviewClaim(tx, claim, review);
      });
    },

    async unreview(claimId: string): Promise<void> {
      await writeTx(db, async (tx) => {
        const claim = await findClaim(tx, claimId);
        if (!claim) throw notFound('Claim', claimId);
        await unreviewClaim(tx, claim);
      });
    },

    async merge(id: string, into: string, reviewer: string, at = new Date()): Promise<ActorDecision> {
      if (id === into) throw invalidParameter('into', 'an actor cannot be merged into itself.');
      return writeTx(db, (tx) => mergeActor(tx, id, into, { reviewer, at: at.toISOString() })).catch(mapUnknownActor);
    },

    async promote(id: string, body: ActorPromoteBody, reviewer: string, at = new Date()): Promise<ActorDecision> {
      return writeTx(db, (tx) => promoteActor(tx, id, body, { reviewer, at: at.toISOString() })).catch(mapUnknownActor);
    },

    async dismiss(id: string, reviewer: string, at = new Date()): Promise<ActorDecision> {
      return writeTx(db, (tx) => dismissActor(tx, id, { reviewer, at: at.toISOString() })).catch(mapUnknownActor);
    },

    /** Every review in the gold format `npm run eval -- --gold` reads, with the reviewed documents' texts. */
    async exportGold(): Promise<GoldExport> {
      return readTx(db, async (tx) => {
        const reviews = await allReviews(tx);
        const docIds = [...new Set(reviews.map((r) => r.docId))];
        const docs = await tx.run(
          `UNWIND $docIds AS id MATCH (d:Document {id: id})
           RETURN d {.id, .title, .publisher, .author, published: toString(d.published), .url, .language, .text} AS d,
                  COLLECT { MATCH (d)-[:MENTIONS]->(a:Actor) RETURN a.id ORDER BY a.id } AS mentioned`,
          { docIds },
        );
        const documents = docs.records.map((r) => {
          const d = r.get('d') as Record<string, unknown>;
          const field = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
          return { id: String(d.id), title: field('title'), publisher: field('publisher'), author: field('author'), published: field('published'), url: field('url'), language: field('language'), text: String(d.text ?? '') } satisfies GoldDocument;
        });
        const mentioned = new Map(docs.records.map((r) => [String((r.get('d') as { id: string }).id), r.get('mentioned') as string[]]));
        return reviewsToGold(reviews, documents, mentioned);
      });
    },

    /** Where a merged actor went, or null. */
    async mergedInto(id: string): Promise<string | null> {
      return readTx(db, (tx) => mergedInto(tx, id));
    },

    async decisions(): Promise<ActorDecision[]> {
      return readTx(db, (tx) => listDecisions(tx));
    },

    /** Discovered actors by number of claims (rejected ones left out): the review queue's actors tab. */
    async discovered(limit: number): Promise<DiscoveredActor[]> {
      const rows = await readRows(
        db,
        `MATCH (a:Actor {discovered: true})
         CALL (a) {
           OPTIONAL MATCH (a)-[r]-(:Actor) WHERE r.claimId IS NOT NULL AND NOT coalesce(r.rejected, false)
           RETURN count(r) AS claims, count(DISTINCT r.docId) AS documents
         }
         RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases, claims, documents
         ORDER BY claims DESC, a.name LIMIT $limit`,
        { limit: neo4j.int(limit) },
      );
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        type: r.type as ActorType,
        aliases: toStringArray(r.aliases),
        claims: toInt(r.claims),
        documents: toInt(r.documents),
      }));
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;

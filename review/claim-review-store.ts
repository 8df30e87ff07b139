// Claim reviews in Neo4j: a (:Review) node per judged claim, anchored to its evidence (claim-anchor.ts)
// and kept apart from the claim relationship, whose effective values it sets (claim-values.ts).
// Every function takes the caller's transaction: a review, its effect on the claim and the edge
// aggregates are written together or not at all.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ClaimReview, ClaimValues } from '../shared/review';
import { RELATION_TYPES, isRelationType } from '../shared/vocabulary';
import { anchorKey, anchorOf, reviewId } from './claim-anchor';
import { effectiveValues, extractedValues, reviewedProperties } from './claim-values';
import { withEdgeAggregates } from '../neo4j/edge-aggregates';

/** A claim relationship as stored: its type, endpoints and properties. */
export interface StoredClaim {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** What a review node holds besides its anchor. */
interface StoredReview extends ClaimReview {
  id: string;
  anchor: string;
  docId: string;
  claimId: string;
  /** The extracted claim, to keep it when a new extraction no longer produces it. */
  claim: StoredClaim;
}

const claimsWhere = (where: string) =>
  RELATION_TYPES.map((t) => `  MATCH (s:Actor)-[r:${t}]->(t:Actor) WHERE ${where} RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props`).join(
    '\n  UNION ALL\n',
  );

const toStored = (r: { get(k: string): unknown }): StoredClaim => ({
  type: r.get('type') as string,
  source: r.get('source') as string,
  target: r.get('target') as string,
  props: r.get('props') as Record<string, unknown>,
});

export async function findClaim(tx: ManagedTransaction, claimId: string): Promise<StoredClaim | null> {
  const result = await tx.run(`CALL () {\n${claimsWhere('r.claimId = $claimId')}\n} RETURN source, target, type, props LIMIT 1`, { claimId });
  const record = result.records[0];
  return record ? toStored(record) : null;
}

async function claimsOf(tx: ManagedTransaction, docIds: readonly string[]): Promise<StoredClaim[]> {
  const result = await tx.run(`CALL () {\n${claimsWhere('r.docId IN $docIds')}\n} RETURN source, target, type, props`, { docIds });
  return result.records.map(toStored);
}

/** The claim as the extractor gave it, whatever review is applied to it now. */
function extractedClaim(claim: StoredClaim): StoredClaim {
  const values = extractedValues(claim.props, claim);
  const props = reviewedProperties(claim.props, values, null);
  delete props.keptByReview;
  return { type: values.type, source: values.source, target: values.target, props };
}

/**
 * Writes `claim` with `review` applied: in place when the type and endpoints stay, else deleted and
 * created again between the effective endpoints (same id and properties). `exists: false` creates it.
 * Both endpoints are linked to the document, so the next replacement of the document finds the claim.
 */
async function writeReviewed(tx: ManagedTransaction, claim: StoredClaim, review: Pick<ClaimReview, 'verdict' | 'correction'> | null, exists = true): Promise<void> {
  const extracted = extractedValues(claim.props, claim);
  const eff: ClaimValues = effectiveValues(extracted, review);
  const props = reviewedProperties(claim.props, extracted, review);
  if (!isRelationType(eff.type) || !isRelationType(claim.type)) throw new Error(`review: unknown relation type ${eff.type}.`);
  const params = { claimId: claim.props.claimId, source: claim.source, target: claim.target, props, eff };
  if (exists && eff.type === claim.type && eff.source === claim.source && eff.target === claim.target) {
    await tx.run(`MATCH (:Actor {id: $source})-[r:${claim.type}]->(:Actor {id: $target}) WHERE r.claimId = $claimId SET r = $props`, params);
  } else {
    if (exists) await tx.run(`MATCH (:Actor {id: $source})-[r:${claim.type}]->(:Actor {id: $target}) WHERE r.claimId = $claimId DELETE r`, params);
    await tx.run('MATCH (s:Actor {id: $eff.source}) MATCH (t:Actor {id: $eff.target}) CREATE (s)-[r:$($eff.type)]->(t) SET r = $props', params);
  }
  await tx.run(
    `MATCH (d:Document {id: $docId}) UNWIND [$a, $b] AS actorId MATCH (x:Actor {id: actorId})
     MERGE (d)-[m:MENTIONS]->(x) ON CREATE SET m.count = 0, m.offsets = []`,
    { docId: String(claim.props.docId), a: eff.source, b: eff.target },
  );
}

const reviewOf = (v: StoredReview): ClaimReview => ({
  verdict: v.verdict,
  reviewer: v.reviewer,
  at: v.at,
  ...(v.note !== undefined ? { note: v.note } : {}),
  ...(v.correction !== undefined ? { correction: v.correction } : {}),
});

function decodeReview(raw: Record<string, unknown>): StoredReview {
  return {
    id: String(raw.id),
    anchor: String(raw.anchor),
    docId: String(raw.docId),
    claimId: String(raw.claimId),
    verdict: raw.verdict as ClaimReview['verdict'],
    reviewer: String(raw.reviewer),
    at: String(raw.at),
    ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
    ...(typeof raw.correction === 'string' ? { correction: JSON.parse(raw.correction) as ClaimReview['correction'] } : {}),
    claim: JSON.parse(String(raw.claim)) as StoredClaim,
  };
}

async function saveReview(tx: ManagedTransaction, claim: StoredClaim, review: ClaimReview): Promise<void> {
  const anchor = anchorOf(claim.props);
  await tx.run(
    `MERGE (v:Review {id: $id})
     SET v.anchor = $anchor, v.docId = $docId, v.claimId = $claimId, v.verdict = $verdict, v.reviewer = $reviewer, v.at = $at,
         v.note = $note, v.correction = $correction, v.claim = $claim`,
    {
      id: reviewId(anchor),
      anchor: anchorKey(anchor),
      docId: anchor.docId,
      claimId: String(claim.props.claimId),
      verdict: review.verdict,
      reviewer: review.reviewer,
      at: review.at,
      note: review.note ?? null,
      correction: review.correction ? JSON.stringify(review.correction) : null,
      claim: JSON.stringify(extractedClaim(claim)),
    },
  );
}

/** Reviews `claim` (found with findClaim in the same transaction), replacing any earlier review. */
export async function reviewClaim(tx: ManagedTransaction, claim: StoredClaim, review: ClaimReview): Promise<void> {
  await withEdgeAggregates(tx, [String(claim.props.docId)], async () => {
    await saveReview(tx, claim, review);
    await writeReviewed(tx, claim, review);
  });
}

/** Takes the review off `claim`: the extractor's values again, in the graph again. */
export async function unreviewClaim(tx: ManagedTransaction, claim: StoredClaim): Promise<void> {
  await withEdgeAggregates(tx, [String(claim.props.docId)], async () => {
    await tx.run('MATCH (v:Review {claimId: $claimId}) DELETE v', { claimId: claim.props.claimId });
    await writeReviewed(tx, claim, null);
  });
}

/**
 * After the loader rewrote the claims of `docIds` (inside its withEdgeAggregates): each review of
 * those documents is applied to the new claim with its anchor; a reviewed claim the new extraction
 * no longer produces is written again from the review, marked `keptByReview`. Returns the documents
 * that had reviews (their claims may now differ from what the loader wrote).
 */
export async function reapplyReviews(tx: ManagedTransaction, docIds: readonly string[]): Promise<Set<string>> {
  if (docIds.length === 0) return new Set();
  const found = await tx.run('MATCH (v:Review) WHERE v.docId IN $docIds RETURN properties(v) AS v', { docIds });
  if (found.records.length === 0) return new Set();
  const reviews = found.records.map((r) => decodeReview(r.get('v') as Record<string, unknown>));
  const claims = await claimsOf(tx, docIds);
  const byAnchor = new Map(claims.map((c) => [anchorKey(anchorOf(c.props)), c]));
  const ids = new Set(claims.map((c) => String(c.props.claimId)));
  for (const v of reviews) {
    const current = byAnchor.get(v.anchor);
    if (current) {
      await saveReview(tx, current, reviewOf(v));
      await writeReviewed(tx, current, v);
      continue;
    }
    // Kept by review: the extracted claim as judged, under its old id unless a new claim took it.
    const claimId = ids.has(String(v.claim.props.claimId)) ? `${String(v.claim.props.claimId)}-kept` : String(v.claim.props.claimId);
    const kept: StoredClaim = { ...v.claim, props: { ...v.claim.props, claimId, keptByReview: true } };
    const endpoints = await tx.run('MATCH (a:Actor) WHERE a.id IN [$s, $t] RETURN count(a) AS n', { s: kept.source, t: kept.target });
    if (Number(endpoints.records[0]?.get('n')) < (kept.source === kept.target ? 1 : 2)) continue; // an actor was dismissed
    await writeReviewed(tx, kept, v, false);
    await tx.run('MATCH (v:Review {id: $id}) SET v.claimId = $claimId', { id: v.id, claimId });
  }
  return new Set(reviews.map((v) => v.docId));
}

/** Every review, oldest first, with the claim it judged as extracted (for the gold export). */
export async function allReviews(tx: ManagedTransaction): Promise<Array<ClaimReview & { docId: string; claimId: string; claim: StoredClaim }>> {
  const result = await tx.run('MATCH (v:Review) RETURN properties(v) AS v ORDER BY v.at, v.id');
  return result.records.map((r) => {
    const v = decodeReview(r.get('v') as Record<string, unknown>);
    return { ...reviewOf(v), docId: v.docId, claimId: v.claimId, claim: v.claim };
  });
}

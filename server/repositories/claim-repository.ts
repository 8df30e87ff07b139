// /api/claims: the evidence behind an edge (or any filtered set of claims), with offsets for highlighting.
import neo4j from 'neo4j-driver';
import type { ClaimEvidence, ClaimListResponse, GraphFilters } from '../../shared/api';
import { RELATION_TYPES, type RelationType } from '../../shared/vocabulary';
import type { ReviewFilter } from '../../shared/review';
import { CLAIM_PROJECTION, presentClaim } from '../presenters/claim-presenter';
import { toInt } from '../presenters/values';
import { claimPredicates, relationshipTypes } from '../queries/graph-filters';
import { notFound } from '../errors';
import { readRows, readTx, type Db } from './db';

export interface ClaimSelection {
  source?: string;
  target?: string;
  type?: RelationType;
  undirected: boolean;
  doc?: string;
  /** Only claims in this review state. */
  review?: ReviewFilter;
  /** evidence: year, document, position; confidence: lowest confidence first (the review queue). */
  order?: 'evidence' | 'confidence';
  limit: number;
  offset: number;
}

export function createClaimRepository(db: Db) {
  return {
    async list(filters: GraphFilters, sel: ClaimSelection): Promise<ClaimListResponse> {
      const types = relationshipTypes(sel.type ? [sel.type] : filters.types);
      const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' }, { negation: true });
      const conditions = [preds.where];
      const params: Record<string, unknown> = { ...preds.params, limit: neo4j.int(sel.limit), offset: neo4j.int(sel.offset) };
      if (sel.doc) {
        conditions.push('r.docId = $doc');
        params.doc = sel.doc;
      }
      if (sel.review === 'unreviewed') conditions.push('NOT EXISTS { MATCH (v:Review {claimId: r.claimId}) }');
      else if (sel.review) {
        conditions.push('EXISTS { MATCH (v:Review {claimId: r.claimId}) WHERE v.verdict = $review }');
        params.review = sel.review;
      }
      const order = sel.order === 'confidence' ? 'r.confidence, r.docId, r.sentenceStart, r.claimId' : 'coalesce(r.year, r.publishedYear), r.docId, r.sentenceStart, r.claimId';
      // Start from the indexed actor id when there is one.
      let match: string;
      if (sel.source || sel.target) {
        params.a = sel.source ?? sel.target;
        params.b = sel.source && sel.target ? sel.target : null;
        const anchored = sel.source ? 's' : 't';
        const other = anchored === 's' ? 't' : 's';
        if (sel.undirected) {
          match = `MATCH (x:Actor {id: $a})-[r:${types}]-(y:Actor) WHERE ($b IS NULL OR y.id = $b)
WITH r, startNode(r) AS s, endNode(r) AS t`;
        } else {
          match = `MATCH (${anchored}:Actor {id: $a})${anchored === 's' ? '-' : '<-'}[r:${types}]${anchored === 's' ? '->' : '-'}(${other}:Actor)
WHERE ($b IS NULL OR ${other}.id = $b)
WITH r, s, t`;
        }
      } else {
        match = `MATCH (s:Actor)-[r:${types}]->(t:Actor)\nWITH r, s, t`;
      }
      if (filters.actors && filters.actors.length > 0) {
        conditions.push('(s.id IN $actors OR t.id IN $actors)');
        params.actors = filters.actors;
      }
      const cypher = `${match}
WHERE ${conditions.join(' AND ')}
WITH r, s, t ORDER BY ${order}
WITH collect({r: r, s: s, t: t}) AS rows
WITH rows, size(rows) AS total
UNWIND rows[$offset..($offset + $limit)] AS row
WITH total, row.r AS r, row.s AS s, row.t AS t
OPTIONAL MATCH (d:Document {id: r.docId})
RETURN total, ${CLAIM_PROJECTION}`;
      const countOnly = `${match}\nWHERE ${conditions.join(' AND ')}\nRETURN count(r) AS total`;
      return readTx(db, async (tx) => {
        const ids = [sel.source, sel.target].filter((id): id is string => id !== undefined);
        if (ids.length > 0) {
          const found = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) RETURN id, a IS NOT NULL AS found', { ids });
          for (const r of found.records) if (!r.get('found')) throw notFound('Actor', r.get('id') as string);
        }
        const result = await tx.run(cypher, params);
        let total = toInt(result.records[0]?.get('total'));
        if (result.records.length === 0 && sel.offset > 0) total = toInt((await tx.run(countOnly, params)).records[0]?.get('total'));
        return {
          claims: result.records.map((rec) => presentClaim(rec.get('claim') as Record<string, unknown>)),
          total,
          limit: sel.limit,
          offset: sel.offset,
        };
      });
    },

    /** One claim by id, as /api/claims presents it (rejected or not). */
    async get(claimId: string): Promise<ClaimEvidence> {
      const branches = RELATION_TYPES.map((type) => `  MATCH (s:Actor)-[r:${type}]->(t:Actor) WHERE r.claimId = $claimId RETURN r, s, t`).join('\n  UNION ALL\n');
      const [row] = await readRows(db, `CALL () {\n${branches}\n} WITH r, s, t LIMIT 1 OPTIONAL MATCH (d:Document {id: r.docId}) RETURN ${CLAIM_PROJECTION}`, { claimId });
      if (!row) throw notFound('Claim', claimId);
      return presentClaim(row.claim as Record<string, unknown>);
    },
  };
}
export type ClaimRepository = ReturnType<typeof createClaimRepository>;

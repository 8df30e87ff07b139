// Pure: builds the parameterised Cypher of /api/graph — filtered claims aggregated per
// (source, type, target), sorted by support, totals computed before the limit is applied. Each query
// comes in two modes: 'rows' (one row per claim, aggregated in Node by aggregate-claims.ts, the fast
// path) and 'aggregate' (the same aggregation in Cypher, for very large matches).
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../shared/api';
import { claimPredicates, relationshipTypes, yearProperty, type CypherFragment } from './graph-filters';
import { returnInBatches } from './result-batches';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Aggregation of matched claims `r` between `s` and `t` into edges + totals; shared by graph and paths. */
export function aggregateEdgesTail(filters: GraphFilters): CypherQuery {
  const inc = '($includeNegated OR NOT r.negated)';
  const year = yearProperty('r', filters.timeAxis);
  const cypher = `
WITH s.id AS source, type(r) AS type, t.id AS target,
  sum(CASE WHEN ${inc} THEN 1 ELSE 0 END) AS count,
  collect(DISTINCT CASE WHEN ${inc} THEN ${year} END) AS years,
  collect(DISTINCT CASE WHEN ${inc} THEN r.docId END) AS documents,
  collect(DISTINCT CASE WHEN ${inc} THEN r.publisher END) AS publishers,
  sum(CASE WHEN ${inc} AND NOT r.negated THEN r.weight ELSE 0.0 END) AS weight,
  sum(CASE WHEN r.negated THEN 1 ELSE 0 END) AS negatedCount,
  sum(CASE WHEN r.negated THEN 0 ELSE 1 END) AS assertedCount,
  collect(DISTINCT CASE WHEN r.negated THEN null ELSE r.docId END) AS assertedDocs,
  collect(DISTINCT CASE WHEN r.negated THEN null ELSE r.publisher END) AS assertedPublishers,
  collect(DISTINCT CASE WHEN r.negated THEN r.docId END) AS negatedDocs,
  collect(DISTINCT CASE WHEN ${inc} THEN r.modality END) AS modalities
WHERE count > 0 AND ($minSources IS NULL OR size(assertedDocs) >= $minSources)
WITH source, type, target, count, years, documents, publishers, weight, negatedCount, assertedCount, assertedDocs, assertedPublishers, negatedDocs, modalities
ORDER BY count DESC, size(documents) DESC, source, type, target
WITH collect({source: source, type: type, target: target, count: count, years: years, documents: documents,
  publishers: publishers, weight: weight, negatedCount: negatedCount, assertedCount: assertedCount,
  assertedDocs: assertedDocs, assertedPublishers: assertedPublishers, negatedDocs: negatedDocs, modalities: modalities}) AS edges
WITH edges, size(edges) AS totalEdges, reduce(c = 0, e IN edges | c + e.count) AS totalClaims,
  [e IN edges | e.source] + [e IN edges | e.target] AS ends
CALL (ends) { UNWIND ends AS id RETURN count(DISTINCT id) AS totalNodes }
RETURN totalEdges, totalClaims, totalNodes, edges[0..$limit] AS edges`;
  return {
    cypher,
    params: {
      includeNegated: filters.includeNegated,
      // Corroboration counts documents asserting the relation; no minSources, no such filter.
      minSources: filters.minSources === undefined ? null : neo4j.int(filters.minSources),
      limit: neo4j.int(filters.limit),
    },
  };
}

/** How the matched claims come back: aggregated into edges by Neo4j, or as one row per claim for aggregateClaimRows. */
export type GraphQueryMode = 'aggregate' | 'rows';

/** One row per matched claim (`r` between `s` and `t`), the input of aggregateClaimRows. */
export function claimRowsTail(filters: GraphFilters): CypherQuery {
  return {
    cypher: `
RETURN s.id AS source, type(r) AS type, t.id AS target, ${yearProperty('r', filters.timeAxis)} AS year, r.docId AS doc,
  r.publisher AS publisher, r.weight AS weight, r.negated AS negated, r.modality AS modality`,
    params: {},
  };
}

const tailFor = (filters: GraphFilters, mode: GraphQueryMode) => (mode === 'rows' ? claimRowsTail(filters) : aggregateEdgesTail(filters));

/**
 * Claims touching `inner`, found through the per-type year indexes instead of expanding every inner
 * actor: cheaper when the inner actors' degrees add up to more than the claims in the year range.
 */
export function buildIndexedFocusQuery(filters: GraphFilters, inner: string[], mode: GraphQueryMode = 'aggregate'): CypherQuery {
  const types = relationshipTypes(filters.types);
  const tail = tailFor(filters, mode);
  const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' }, { exempt: 'focus' });
  const branches = types
    .split('|')
    .map((type) => `  MATCH (s:Actor)-[r:${type}]->(t:Actor) WHERE ${preds.where} AND (s.id IN $inner OR t.id IN $inner) RETURN s, r, t`)
    .join('\n  UNION ALL\n');
  return {
    cypher: `CALL () {\n${branches}\n}\nWITH s, r, t${tail.cypher}`,
    params: { ...preds.params, ...tail.params, inner, focus: filters.actors ?? [] },
  };
}

/** Two numbers to choose the focus strategy: the inner actors' claim degree, and the claims in the year range. */
export function buildFocusCostQuery(filters: GraphFilters, inner: string[]): CypherQuery {
  const types = relationshipTypes(filters.types);
  const year = yearProperty('r', filters.timeAxis);
  const range = [filters.yearFrom !== undefined ? `${year} >= $yearFrom` : null, filters.yearTo !== undefined ? `${year} <= $yearTo` : null]
    .filter(Boolean)
    .join(' AND ');
  const counts = types
    .split('|')
    .map((type) => `  MATCH ()-[r:${type}]->() WHERE ${range} RETURN count(r) AS c`)
    .join('\n  UNION ALL\n');
  return {
    cypher: `CALL () { UNWIND $inner AS id MATCH (a:Actor {id: id}) RETURN sum(COUNT { (a)-[:${types}]-() }) AS degree }
CALL () {\n${counts}\n}
RETURN degree, sum(c) AS inRange`,
    params: {
      inner,
      ...(filters.yearFrom !== undefined ? { yearFrom: neo4j.int(filters.yearFrom) } : {}),
      ...(filters.yearTo !== undefined ? { yearTo: neo4j.int(filters.yearTo) } : {}),
    },
  };
}

/**
 * The whole-graph query, or with `inner` (focus actors plus the neighbours within depth - 1) the
 * claims touching `inner`, started from the indexed Actor ids.
 */
export function buildGraphQuery(filters: GraphFilters, inner?: string[], mode: GraphQueryMode = 'aggregate'): CypherQuery {
  const types = relationshipTypes(filters.types);
  const tail = tailFor(filters, mode);
  if (inner === undefined) {
    const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' });
    // One branch per type, so each can seek its own relationship index (year, docId) instead of scanning.
    const branches = types
      .split('|')
      .map((type) => `  MATCH (s:Actor)-[r:${type}]->(t:Actor) WHERE ${preds.where} RETURN s, r, t`)
      .join('\n  UNION ALL\n');
    return {
      cypher: `CALL () {\n${branches}\n}\nWITH s, r, t${tail.cypher}`,
      params: { ...preds.params, ...tail.params },
    };
  }
  const preds = claimPredicates(filters, { rel: 'r', source: 'n', target: 'm' }, { exempt: 'focus' });
  // An edge between two inner actors is met from both ends: keep it once, from its start node.
  const cypher = `UNWIND $inner AS innerId
MATCH (n:Actor {id: innerId})-[r:${types}]-(m:Actor)
WHERE ${preds.where} AND (NOT m.id IN $inner OR startNode(r) = n)
WITH startNode(r) AS s, endNode(r) AS t, r${tail.cypher}`;
  return { cypher, params: { ...preds.params, ...tail.params, inner, focus: filters.actors ?? [] } };
}

/** One breadth-first step: actors linked to `frontier` by a claim passing the filters, not yet seen. */
export function buildNeighbourQuery(filters: GraphFilters, frontier: string[], seen: string[]): CypherQuery {
  const types = relationshipTypes(filters.types);
  const preds: CypherFragment = claimPredicates(filters, { rel: 'r', source: 'n', target: 'm' }, { negation: true, exempt: 'focus' });
  return {
    cypher: `UNWIND $frontier AS fid
MATCH (n:Actor {id: fid})-[r:${types}]-(m:Actor)
WHERE ${preds.where} AND NOT m.id IN $seen
RETURN DISTINCT m.id AS id`,
    params: { ...preds.params, frontier, seen, focus: filters.actors ?? [] },
  };
}

/** Actor `a` as an actor row's list [id, name, type, discovered, aliases] (graph-presenter.ts actorRowsOf). */
export const actorCell = (a: string) => `[${a}.id, ${a}.name, ${a}.type, coalesce(${a}.discovered, false), coalesce(${a}.aliases, [])]`;

/**
 * The actor rows (actorCell) of `$ids`, in no particular order (actorRowsInOrder orders them), a
 * hundred per record (result-batches.ts: fewer records decode faster than thousands, but not one huge
 * one). A seek per id, or — for a third of all actors or more (a whole graph's thousand at 10k claims)
 * — one scan of the id index testing each id: ≈ 2.5 µs of Neo4j CPU an actor against ≈ 8 µs a seek.
 * The scan's `(… IN $ids) = true` keeps Neo4j from planning it as the seeks.
 */
export const ACTOR_NODES_QUERY = `CALL () { MATCH (a:Actor) RETURN count(a) AS total }
CALL (total) {
  UNWIND CASE WHEN size($ids) * 3 < total THEN $ids ELSE [] END AS id
  MATCH (a:Actor {id: id})
  RETURN collect(${actorCell('a')}) AS sought
}
CALL (total) {
  UNWIND CASE WHEN size($ids) * 3 < total THEN [] ELSE [true] END AS scan
  MATCH (a:Actor) WHERE a.id IS NOT NULL AND (a.id IN $ids) = true
  RETURN collect(${actorCell('a')}) AS scanned
}
${returnInBatches('sought + scanned', 'actors')}`;

// Pure: the parameterised Cypher that reads the pre-aggregated edges (neo4j/edge-aggregates.ts) for
// /api/graph, /api/paths and /api/timeline. Each aggregate (:EdgeAggregate) carries the claim fields
// the filters look at under the claims' own names (year, publishedYear, modality, publisher, negated),
// plus source, type and target ids; each query returns the matching aggregates' `row` strings (in
// batches: result-batches.ts), which the repositories parse (parseAggregatePart) and fold like claims
// (aggregate-claims.ts). Actor types are not on the aggregates (an actor's type can change): the
// repositories filter them by actor id.
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../shared/api';
import { RELATION_TYPES } from '../../shared/vocabulary';
import { claimPredicates, type CypherFragment } from './graph-filters';
import { actorCell, type CypherQuery } from './graph-cypher';
import { RESULT_BATCH, returnInBatches } from './result-batches';
import { membership } from './year-edge-cypher';

/**
 * Aggregate `e` has source `id` (a Cypher expression): a seek of the dyad index (source, target) on
 * its first property, which Neo4j uses only with a predicate on the second too (there is no index of
 * the source alone: neo4j/edge-aggregates.ts).
 */
export const fromSource = (id: string) => `e.source = ${id} AND e.target IS NOT NULL`;

/** Predicates on aggregate `e`: years, types, publishers, modalities and (with `negation`) denials. */
export function aggregatePredicates(filters: GraphFilters, options: { negation?: boolean } = {}): CypherFragment {
  // The claim predicates apply as they are (same property names); `sources` then matches publishers
  // only, which is why a request naming a document is answered from the claims. Aggregates hold no
  // rejected claim, so there is no rejection to test.
  const base = claimPredicates({ ...filters, actorTypes: undefined, includeRejected: true }, { rel: 'e', source: 'e', target: 'e' }, { negation: options.negation });
  const conditions = base.where === 'true' ? [] : [base.where];
  const params = { ...base.params };
  if (filters.types && filters.types.length > 0) {
    conditions.push('e.type IN $types');
    params.types = filters.types;
  }
  return { where: conditions.length > 0 ? conditions.join(' AND ') : 'true', params };
}

/** Every aggregate passing the filters. */
export function buildAggregateRowsQuery(filters: GraphFilters): CypherQuery {
  const p = aggregatePredicates(filters);
  return { cypher: `MATCH (e:EdgeAggregate) WHERE ${p.where}\n${returnInBatches('collect(e.row)', 'rows')}`, params: p.params };
}

/**
 * Aggregates passing the filters with an end in `inner`: through the dyad and target indexes
 * (`seek`, cheap for few or quiet actors), or by filtering the year range (`scan`, cheap when the
 * actors' claims outnumber the range's).
 */
export function buildInnerRowsQuery(filters: GraphFilters, inner: string[], strategy: 'seek' | 'scan'): CypherQuery {
  const p = aggregatePredicates(filters);
  if (strategy === 'scan') {
    return {
      cypher: `MATCH (e:EdgeAggregate) WHERE ${p.where} AND (e.source IN $inner OR e.target IN $inner)\n${returnInBatches('collect(e.row)', 'rows')}`,
      params: { ...p.params, inner },
    };
  }
  return {
    cypher: `UNWIND $inner AS id
CALL (id) {
  MATCH (e:EdgeAggregate) WHERE ${fromSource('id')} AND ${p.where} RETURN e
  UNION
  MATCH (e:EdgeAggregate {target: id}) WHERE ${p.where} RETURN e
}
${returnInBatches('collect(DISTINCT e.row)', 'rows')}`,
    params: { ...p.params, inner },
  };
}

/** The actors linked to `frontier` by an aggregate passing the filters (denials only with includeNegated), not in `seen`. */
export function buildAggregateNeighbourQuery(filters: GraphFilters, frontier: string[], seen: string[]): CypherQuery {
  const step = neighbourStep(filters);
  return { cypher: `${step.where}\nRETURN collect(m) AS ids`, params: { ...step.params, frontier, seen } };
}

/** Cypher of one expansion step from `$frontier`, leaving the new actors (not in `$seen`) as `m`. */
function neighbourStep(filters: GraphFilters): CypherFragment {
  const p = aggregatePredicates(filters, { negation: true });
  return {
    where: `UNWIND $frontier AS id
CALL (id) {
  MATCH (e:EdgeAggregate) WHERE ${fromSource('id')} AND ${p.where} RETURN e.target AS m
  UNION
  MATCH (e:EdgeAggregate {target: id}) WHERE ${p.where} RETURN e.source AS m
}
WITH DISTINCT m WHERE NOT m IN $seen`,
    params: p.params,
  };
}

/**
 * The claims of event year `year` (`claims`, as buildYearClaimsQuery) and — unless they are more than
 * `worthAbove`, when the year edges expand the focus instead — the first step of expanding `focus` over
 * the aggregates (`ids`, as buildAggregateNeighbourQuery): one round trip for both.
 */
export function buildYearClaimsAndNeighboursQuery(filters: GraphFilters, year: number, worthAbove: number, focus: string[]): CypherQuery {
  const step = neighbourStep(filters);
  return {
    cypher: `CALL () { MATCH (t:ClaimTally) WHERE t.year = $tallyYear RETURN sum(t.count) AS claims }
CALL (claims) {
  UNWIND CASE WHEN claims > $worthAbove THEN [] ELSE [true] END AS light
  ${step.where.replace(/\n/g, '\n  ')}
  RETURN collect(m) AS ids
}
RETURN claims, ids`,
    params: { ...step.params, tallyYear: neo4j.int(year), worthAbove: neo4j.int(worthAbove), frontier: focus, seen: focus },
  };
}

/** The claims of the filters' year range on their time axis, from the tallies (any type, polarity or publisher), as `inRange`. */
function tallyInRange(filters: GraphFilters): CypherFragment {
  const year = filters.timeAxis === 'reported' ? 't.publishedYear' : 't.year';
  const range = [filters.yearFrom !== undefined ? `${year} >= $tallyFrom` : null, filters.yearTo !== undefined ? `${year} <= $tallyTo` : null].filter(Boolean);
  return {
    where: `CALL () { MATCH (t:ClaimTally) WHERE ${range.length > 0 ? range.join(' AND ') : 'true'} RETURN sum(t.count) AS inRange }`,
    params: {
      ...(filters.yearFrom !== undefined ? { tallyFrom: neo4j.int(filters.yearFrom) } : {}),
      ...(filters.yearTo !== undefined ? { tallyTo: neo4j.int(filters.yearTo) } : {}),
    },
  };
}

/**
 * Aggregate `e` touches an actor of `$isInner` (membership): its ends tested from the (year, source,
 * target) index's values when the year range seeks it — the year index then read both ends of every
 * aggregate of the range from the store (at 10k claims a third of a one-year focus view's database hits).
 * The ends' `IS NOT NULL` lets Neo4j use that index; a map lookup, unlike `IN $inner` with OR, is not
 * planned as a union of seeks.
 */
const touchingInner = 'e.source IS NOT NULL AND e.target IS NOT NULL AND ($isInner[e.source] IS NOT NULL OR $isInner[e.target] IS NOT NULL)';

/**
 * That index as a hint when the filters seek an event-year range (a hint without a predicate on the
 * year fails to plan): on a small database Neo4j's estimates preferred the year index and the store.
 */
const yearEndsHint = (filters: GraphFilters) =>
  (filters.yearFrom !== undefined || filters.yearTo !== undefined) && !filters.includeUndated && filters.timeAxis !== 'reported'
    ? ' USING INDEX e:EdgeAggregate(year, source, target)' : '';

/** The inner actors' claims (degree store) as `degree`. */
const innerDegree = `CALL () { UNWIND $inner AS id MATCH (a:Actor {id: id}) RETURN sum(COUNT { (a)-[:${RELATION_TYPES.join('|')}]-() }) AS degree }`;

/** The inner actors' claims (degree store) against the claims in the year range (ClaimTally): which strategy reads less. */
export function buildInnerCostQuery(filters: GraphFilters, inner: string[]): CypherQuery {
  const tally = tallyInRange(filters);
  return { cypher: `${innerDegree}\n${tally.where}\nRETURN degree, inRange`, params: { inner, ...tally.params } };
}

/**
 * The plan of a graph read and, when the view is light, its rows, in one query — a round trip (and a
 * plan query) fewer than planning first; the same choices as planAggregateRead. Columns: `claims` (what
 * the view gate weighs), `scan` (the strategy) and `rows` in batches — none when `claims` reaches
 * `heavyClaims` (the caller then reads through the gate), and no aggregate is read then either: each
 * read sits behind an UNWIND of its guard, which Neo4j cannot move after the index seek (a `WHERE` on
 * the guard it does move there). `inRange`: the claims of the year range when the caller summed the
 * tallies already. When the view has at most `limit` aggregates it cannot be truncated, so every end of
 * its aggregates is an actor of the answer: then `actors` (actorCell lists, in batches beside the rows)
 * holds them and the focus actors, `withActors` is true, and the caller needs no actor query.
 */
export function buildPlannedRowsQuery(filters: GraphFilters, inner: string[] | undefined, inRange: number | undefined, heavyClaims: number): CypherQuery {
  const p = aggregatePredicates(filters);
  const tally = inRange === undefined ? tallyInRange(filters) : { where: 'CALL () { RETURN $inRange AS inRange }', params: { inRange: neo4j.int(inRange) } };
  const params = { ...p.params, ...tally.params, heavyClaims: neo4j.int(heavyClaims), limit: neo4j.int(filters.limit), focus: filters.actors ?? [] };
  const when = (guard: string) => `UNWIND CASE WHEN ${guard} THEN [true] ELSE [] END AS light`;
  // The ends' actors of a view of at most `limit` aggregates (`found`: the aggregate nodes).
  const answer = `WITH claims, scan, [e IN found | e.row] AS items, size(found) <= $limit AND claims < $heavyClaims AS withActors,
  CASE WHEN size(found) <= $limit AND claims < $heavyClaims THEN found ELSE [] END AS small
CALL (withActors, small) {
  UNWIND CASE WHEN withActors THEN $focus + [e IN small | e.source] + [e IN small | e.target] ELSE [] END AS id
  WITH DISTINCT id
  MATCH (a:Actor {id: id})
  RETURN collect(${actorCell('a')}) AS actors
}
UNWIND range(0, CASE WHEN size(items) > size(actors) THEN size(items) ELSE size(actors) END - 1, ${RESULT_BATCH}) + CASE WHEN size(items) = 0 AND size(actors) = 0 THEN [0] ELSE [] END AS first
RETURN claims, scan, withActors, items[first..first + ${RESULT_BATCH}] AS rows, actors[first..first + ${RESULT_BATCH}] AS actors`;
  if (inner === undefined) {
    return {
      cypher: `${tally.where}
CALL (inRange) { ${when('inRange < $heavyClaims')} MATCH (e:EdgeAggregate) WHERE ${p.where} RETURN collect(e) AS found }
WITH inRange AS claims, true AS scan, found
${answer}`,
      params,
    };
  }
  // A range that keeps undated claims cannot use the year index: seeking is the cheaper read then.
  const years = (filters.yearFrom !== undefined || filters.yearTo !== undefined) && !filters.includeUndated;
  return {
    cypher: `${innerDegree}
${tally.where}
WITH degree, inRange, ($years AND inRange < degree) AS scan
WITH scan, CASE WHEN scan OR inRange < degree THEN inRange ELSE degree END AS claims
CALL (scan, claims) {
  ${when('scan AND claims < $heavyClaims')}
  MATCH (e:EdgeAggregate)${yearEndsHint(filters)} WHERE ${p.where} AND ${touchingInner} RETURN collect(e) AS scanned
}
CALL (scan, claims) {
  ${when('NOT scan AND claims < $heavyClaims')}
  UNWIND $inner AS id
  CALL (id) {
    MATCH (e:EdgeAggregate) WHERE ${fromSource('id')} AND ${p.where} RETURN e
    UNION
    MATCH (e:EdgeAggregate {target: id}) WHERE ${p.where} RETURN e
  }
  RETURN collect(DISTINCT e) AS sought
}
WITH claims, scan, scanned + sought AS found
${answer}`,
    params: { ...params, inner, isInner: membership(inner), years },
  };
}

/** Aggregates from x to y for each [x, y] of `pairs` (seeks of the dyad index). */
export function buildPairRowsQuery(filters: GraphFilters, pairs: Array<[string, string]>): CypherQuery {
  const p = aggregatePredicates(filters);
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (e:EdgeAggregate {source: pair[0], target: pair[1]}) WHERE ${p.where}
${returnInBatches('collect(e.row)', 'rows')}`,
    params: { ...p.params, pairs },
  };
}

/**
 * Aggregates of actor `a` (with `b`: only between a and b), both directions, denials only with
 * includeNegated: their rows, or (`timeline`) their claims and weights summed per (year, type, negated),
 * one record each or (`timeline-list`) as one list `rows` of [year, type, negated, count, weight].
 */
export function buildActorRowsQuery(filters: GraphFilters, a: string, b: string | null, output: 'rows' | 'timeline' | 'timeline-list' = 'rows'): CypherQuery {
  const p = aggregatePredicates(filters, { negation: true });
  const year = filters.timeAxis === 'reported' ? 'e.publishedYear' : 'e.year';
  const grouped = `${year} AS year, e.type AS type, e.negated AS negated, sum(e.count) AS count, sum(e.weightMicro) / 1000000.0 AS weight`;
  const ret = output === 'rows'
    ? returnInBatches('collect(e.row)', 'rows')
    : output === 'timeline' ? `RETURN ${grouped}` : `WITH ${grouped}\nRETURN collect([year, type, negated, count, weight]) AS rows`;
  // With b, both directions are seeks of the dyad index (source, target): a hub has ~100k aggregates at 1M claims.
  const [out, back] = b === null ? [fromSource('$a'), 'e.target = $a'] : ['e.source = $a AND e.target = $b', 'e.source = $b AND e.target = $a'];
  return {
    cypher: `CALL () {
  MATCH (e:EdgeAggregate) WHERE ${out} AND ${p.where} RETURN e
  UNION
  MATCH (e:EdgeAggregate) WHERE ${back} AND ${p.where} RETURN e
}
${ret}`,
    params: { ...p.params, a, b },
  };
}

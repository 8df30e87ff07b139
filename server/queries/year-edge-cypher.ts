// Pure: the parameterised Cypher that reads the coarse level of the aggregates (neo4j/year-aggregates.ts)
// for a one-year graph view: the year's actor totals, the edges among the actors a view leaves out,
// and the view's top edges in the graph's order (the order of the (year, rank) index, so Neo4j stops
// after `limit` rows instead of sorting the year).
import neo4j from 'neo4j-driver';
import type { CypherQuery } from './graph-cypher';
import { returnInBatches } from './result-batches';

/** Claims of the year (any polarity), from the tallies: whether a view of it may be worth the year edges. */
export function buildYearClaimsQuery(year: number): CypherQuery {
  return { cypher: 'MATCH (t:ClaimTally) WHERE t.year = $year RETURN sum(t.count) AS claims', params: { year: neo4j.int(year) } };
}

/** Every actor with an edge in the year: its edges, edges as the source, and their claims. */
export function buildActorYearsQuery(year: number): CypherQuery {
  return {
    cypher: `MATCH (a:ActorYear) WHERE a.year = $year AND a.actor IS NOT NULL AND a.deg IS NOT NULL AND a.out IS NOT NULL AND a.outClaims IS NOT NULL
${returnInBatches('collect([a.actor, a.deg, a.out, a.outClaims])', 'actors')}`,
    params: { year: neo4j.int(year) },
  };
}

/**
 * The year's edges among the actors of `outside`, as [source, target, claims]. Membership is a lookup
 * in a map parameter: `x IN $list` tests the list item by item (6.8 s for a 1M hub focus's 21k
 * candidate edges against 739 actors, 59 ms with the map).
 */
export function buildOutsideEdgesQuery(year: number, outside: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $outside AS id
MATCH (y:YearEdge) WHERE y.source = id AND y.year = $year AND y.target IS NOT NULL AND $isOutside[y.target] IS NOT NULL
${returnInBatches('collect([y.source, y.target, y.n])', 'edges')}`,
    params: { year: neo4j.int(year), outside, isOutside: membership(outside) },
  };
}

/**
 * The first `limit` edges of the year in the graph's order with an end not in `outside`, as keys.
 * Ordered by year then rank, as the index is: Neo4j then reads the index in order and stops at the
 * limit (ordered by rank alone it sorts the whole year).
 */
export function buildTopYearEdgesQuery(year: number, outside: readonly string[], limit: number): CypherQuery {
  const touching = outside.length > 0 ? ' AND ($isOutside[y.source] IS NULL OR $isOutside[y.target] IS NULL)' : '';
  return {
    cypher: `MATCH (y:YearEdge) WHERE y.year = $year AND y.rank IS NOT NULL${touching}
WITH y ORDER BY y.year, y.rank LIMIT $limit
${returnInBatches('collect(y.key)', 'keys')}`,
    params: { year: neo4j.int(year), isOutside: membership(outside), limit: neo4j.int(limit) },
  };
}

/** Ids as the keys of a map, for `$map[id] IS NOT NULL` tests. */
export const membership = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, true]));

/** The actors linked to `frontier` by an edge of the year, not in `seen` (through year_edge_out / year_edge_in). */
export function buildYearNeighbourQuery(year: number, frontier: readonly string[], seen: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $frontier AS id
CALL (id) {
  MATCH (y:YearEdge) WHERE y.source = id AND y.year = $year AND y.target IS NOT NULL RETURN y.target AS m
  UNION
  MATCH (y:YearEdge) WHERE y.target = id AND y.year = $year AND y.source IS NOT NULL RETURN y.source AS m
}
WITH DISTINCT m WHERE $isSeen[m] IS NULL
RETURN collect(m) AS ids`,
    params: { year: neo4j.int(year), frontier, isSeen: membership(seen) },
  };
}

/**
 * The fine aggregates of some year edges, by `prefixes`: a fine key starts with its year edge's key and
 * a separator (neo4j/year-contributions.ts yearEdgeKey), so each is one range seek of the fine key's
 * unique index — only that edge's aggregates of that year (through the dyad index a hub's dyad reads
 * every year's: at 1M claims 153k aggregates for the top 2,000 edges of a year, against 6.5k).
 */
export function buildYearEdgePartsQuery(prefixes: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $prefixes AS prefix
MATCH (e:EdgeAggregate) WHERE e.key STARTS WITH prefix
${returnInBatches('collect(e.row)', 'rows')}`,
    params: { prefixes },
  };
}

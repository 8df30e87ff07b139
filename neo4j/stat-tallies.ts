// Writes the summary /api/stats reads (stat-contributions.ts): stat tallies and actor tallies, changed
// at the end of every transaction that changes claims (withEdgeAggregates) or an actor's type.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { ROW_SEPARATOR } from './aggregate-contributions';
import { SummaryChange, type ActorTransition } from './stat-contributions';

export const STAT_TALLY_LABEL = 'StatTally';
export const ACTOR_TALLY_LABEL = 'ActorTally';

export function statTallySchemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT stat_tally_key IF NOT EXISTS FOR (s:StatTally) REQUIRE s.key IS UNIQUE',
    'CREATE CONSTRAINT actor_tally_actor IF NOT EXISTS FOR (t:ActorTally) REQUIRE t.actor IS UNIQUE',
  ];
}

// Every changed actor's tally is locked (SET with a direct dependency takes the write lock before it
// reads) before its count and type are read, and the actor's type is read after that: two transactions
// changing one actor's claims or type see each other's committed result, so the type counts stay exact.
// A tally exists while its actor has counted claims.
const ACTOR_TALLIES = `UNWIND $actors AS c
MERGE (t:ActorTally {actor: c.id})
ON CREATE SET t.claims = 0
SET t.claims = t.claims + c.n
WITH t, c, t.claims - c.n AS before, t.type AS typeBefore
OPTIONAL MATCH (a:Actor {id: c.id})
WITH t, before, typeBefore, t.claims AS after, a.type AS typeNow
SET t.type = typeNow
FOREACH (_ IN CASE WHEN after <= 0 THEN [1] ELSE [] END | DELETE t)
RETURN collect({type: typeBefore, counted: before > 0, typeNow: typeNow, countedNow: after > 0}) AS rows`;

const STAT_TALLIES = `UNWIND $stats AS c
MERGE (s:StatTally {key: c.key})
ON CREATE SET s.dim = c.dim, s.value = c.value, s.count = 0
SET s.count = s.count + c.n
WITH s WHERE s.count <= 0
DELETE s`;

/** A whole number as a Neo4j integer (the driver would send a JS number as a float). */
const int = (n: number | string | null) => (typeof n === 'number' && Number.isInteger(n) ? neo4j.int(n) : n);

/** Writes a transaction's net change to the summary: the actor tallies first, then the stat tallies (the same lock order everywhere). */
export async function writeSummaryChange(tx: ManagedTransaction, change: SummaryChange): Promise<void> {
  const actors = change.actorChanges().map((a) => ({ id: a.id, n: neo4j.int(a.n) }));
  if (actors.length > 0) {
    const result = await tx.run(ACTOR_TALLIES, { actors });
    change.addActorTransitions((result.records[0]?.get('rows') as ActorTransition[] | undefined) ?? []);
  }
  const stats = change.statChanges().map((s) => ({ key: s.key, dim: s.dim, value: int(s.value), n: neo4j.int(s.n) }));
  if (stats.length > 0) await tx.run(STAT_TALLIES, { stats });
}

/** After a change of some actors' types outside withEdgeAggregates (a promotion): their counts move to the new type. */
export async function writeActorTypes(tx: ManagedTransaction, actorIds: Iterable<string>): Promise<void> {
  const change = new SummaryChange();
  change.markRetyped(actorIds);
  await writeSummaryChange(tx, change);
}

// The summary of a database whose aggregates are exact but which has none (written before it existed):
// what a load of every document would write, from the claim tallies, the actors' aggregates and the
// documents' counts — one pass over the aggregates instead of a rebuild from the claims.
const SUMMARY_ACTORS = `MATCH (e:EdgeAggregate)
UNWIND [e.source, e.target] AS actor
WITH actor, sum(e.count) AS claims WHERE claims > 0
OPTIONAL MATCH (a:Actor {id: actor})
CREATE (:ActorTally {actor: actor, claims: claims, type: a.type})`;

const SUMMARY_STATS = `CALL () {
  MATCH (t:ClaimTally)
  UNWIND [['year', t.year], ['reported', t.publishedYear], ['type', t.type], ['publisher', t.publisher], ['modality', t.modality]] AS dv
  RETURN dv[0] AS dim, dv[1] AS value, sum(t.count) AS n
  UNION ALL
  MATCH (t:ActorTally) WHERE t.type IS NOT NULL RETURN 'actorType' AS dim, t.type AS value, count(t) AS n
  UNION ALL
  MATCH (d:Document) WHERE d.aggregatedClaims > 0 RETURN 'sources' AS dim, null AS value, count(d) AS n
}
WITH dim, value, n WHERE n > 0
CREATE (:StatTally {key: dim + $separator + coalesce(toString(value), ''), dim: dim, value: value, count: n})`;

/** Writes the summary of a database that has exact aggregates and no summary (ensureEdgeAggregates). */
export async function buildSummaryFromAggregates(tx: ManagedTransaction): Promise<void> {
  await tx.run(SUMMARY_ACTORS);
  await tx.run(SUMMARY_STATS, { separator: ROW_SEPARATOR });
}

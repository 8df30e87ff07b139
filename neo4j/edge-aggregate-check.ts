// Recounts every edge aggregate, year edge, actor year, claim tally, stat tally, actor tally and per-document count from the claims
// (and the publisher tallies from the documents) and lists where
// the stored ones differ (tests, and `npm run db:aggregates -- check`; a repair is
// rebuildEdgeAggregates). Reads everything, a batch of source actors at a time (so 1M claims fit in
// memory): for checks, not for requests.
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../shared/vocabulary';
import { contributionsOf, edgeKey, parseAggregateRow, tallyKey, type AggregateKeyFields, type ContributionRow } from './aggregate-contributions';
import { actorYearDeltas, yearEdgeRank, yearEdgesOf, type YearEdgeChange } from './year-contributions';
import { SummaryChange } from './stat-contributions';

const SOURCE_CONTRIBUTIONS = `UNWIND $sources AS id
MATCH (s:Actor {id: id})-[r:${RELATION_TYPES.join('|')}]->(t:Actor)
WHERE NOT coalesce(r.rejected, false)
RETURN r.docId AS docId, s.id AS source, type(r) AS type, t.id AS target, r.year AS year, r.publishedYear AS publishedYear,
  coalesce(r.negated, false) AS negated, r.modality AS modality, r.publisher AS publisher,
  count(*) AS n, sum(toInteger(round(coalesce(r.weight, 0.0) * 1000000))) AS micro`;

const show = (v: unknown) => JSON.stringify(v);

function compareMaps(what: string, expected: Map<string, unknown>, stored: Map<string, unknown>, out: string[]): void {
  for (const [key, want] of expected) {
    const got = stored.get(key);
    if (show(got) !== show(want)) out.push(`${what} ${show(key)}: stored ${show(got)}, recounted ${show(want)}`);
  }
  for (const [key, got] of stored) if (!expected.has(key)) out.push(`${what} ${show(key)}: stored ${show(got)}, no claim left`);
}

/** Source actors per batch: the claims of a batch of hubs at 1M claims are a few hundred thousand rows. */
const CHECK_BATCH_ACTORS = 100;

/** Differences between the stored aggregates and a recount from the claims; empty when exact. */
export async function edgeAggregateDifferences(driver: Driver, database?: string): Promise<string[]> {
  const read = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const out: string[] = [];
  const edgeValue = (f: AggregateKeyFields, n: unknown, micro: unknown, docs: unknown) => ({
    // Neo4j stores no null property: a missing one reads as undefined.
    source: f.source, type: f.type, target: f.target, year: f.year ?? null, publishedYear: f.publishedYear ?? null, negated: f.negated,
    modality: f.modality ?? null, publisher: f.publisher ?? null, count: Number(n), weightMicro: Number(micro), docs,
  });
  const tallies = new Map<string, number>();
  const documents = new Map<string, number>();
  const yearEdgeChanges: YearEdgeChange[] = [];
  let yearEdgesExpected = 0;
  const actorRows = await read('MATCH (a:Actor) RETURN a.id AS id, a.type AS type ORDER BY id');
  const actors = actorRows.map((r) => r.id as string);
  // The summary of /api/stats, recounted as a load of every claim at once would write it.
  const summary = new SummaryChange();
  for (let i = 0; i < actors.length; i += CHECK_BATCH_ACTORS) {
    const sources = actors.slice(i, i + CHECK_BATCH_ACTORS);
    const c = contributionsOf((await read(SOURCE_CONTRIBUTIONS, { sources })) as unknown as ContributionRow[]);
    summary.addContributions(c, 1);
    for (const t of c.tallies) tallies.set(t.key, (tallies.get(t.key) ?? 0) + t.n);
    for (const d of c.documents) documents.set(d.id, (documents.get(d.id) ?? 0) + d.n);
    const storedEdges = new Map<string, unknown>();
    for (const e of await read('UNWIND $sources AS id MATCH (e:EdgeAggregate) WHERE e.source = id AND e.target IS NOT NULL RETURN e {.*} AS e', { sources })) {
      const p = e.e as Record<string, unknown> & AggregateKeyFields;
      if (edgeKey(p) !== p.key) out.push(`EdgeAggregate ${show(p.key)}: its fields give the key ${show(edgeKey(p))}`);
      storedEdges.set(p.key as string, edgeValue(p, p.count, p.weightMicro, p.docs));
      const row = parseAggregateRow(String(p.row));
      const fromRow = edgeValue(row, row.count, row.weightMicro, row.docs);
      if (show(fromRow) !== show(storedEdges.get(p.key as string))) out.push(`EdgeAggregate ${show(p.key)}: its row reads ${show(fromRow)}`);
    }
    compareMaps('EdgeAggregate', new Map(c.edges.map((e) => [e.key, edgeValue(e, e.n, e.micro, e.docs)])), storedEdges, out);

    const yearEdges = yearEdgesOf(c.edges);
    yearEdgesExpected += yearEdges.length;
    for (const y of yearEdges) yearEdgeChanges.push({ source: y.source, target: y.target, year: y.year, n: y.n, edges: 1 });
    const storedYearEdges = new Map<string, unknown>();
    for (const r of await read('UNWIND $sources AS id MATCH (y:YearEdge) WHERE y.source = id AND y.year IS NOT NULL RETURN y {.*} AS y', { sources })) {
      const y = r.y as Record<string, unknown>;
      storedYearEdges.set(String(y.key), { source: y.source, type: y.type, target: y.target, year: Number(y.year), n: Number(y.n), docs: Number(y.docs), rank: y.rank });
    }
    const yearEdgeValue = (y: (typeof yearEdges)[number]) => ({ source: y.source, type: y.type, target: y.target, year: y.year, n: y.n, docs: y.docs, rank: yearEdgeRank(y) });
    compareMaps('YearEdge', new Map(yearEdges.map((y) => [y.key, yearEdgeValue(y)])), storedYearEdges, out);
  }
  // Year edges left behind under a source no batch read (no such actor), and the actor years.
  const yearEdgesStored = Number((await read('MATCH (y:YearEdge) RETURN count(y) AS n'))[0]?.n);
  if (yearEdgesStored !== yearEdgesExpected) out.push(`YearEdge: ${yearEdgesStored} stored, ${yearEdgesExpected} recounted`);
  const storedActorYears = new Map<string, unknown>();
  for (const r of await read('MATCH (a:ActorYear) RETURN a {.*} AS a')) {
    const a = r.a as Record<string, unknown>;
    storedActorYears.set(String(a.key), { actor: a.actor, year: Number(a.year), deg: Number(a.deg), out: Number(a.out), outClaims: Number(a.outClaims) });
  }
  const actorYears = actorYearDeltas(yearEdgeChanges).map(({ key, ...d }) => [key, d] as const);
  compareMaps('ActorYear', new Map(actorYears), storedActorYears, out);
  // Aggregates whose source is no actor any more (e.g. left behind by a merge) belong to no batch.
  for (const e of await read('MATCH (e:EdgeAggregate) WHERE NOT EXISTS { MATCH (:Actor {id: e.source}) } RETURN e.key AS key, e.count AS n')) {
    out.push(`EdgeAggregate ${show(e.key)}: stored ${show(Number(e.n))} claims of an actor that does not exist`);
  }

  const storedTallies = new Map<string, unknown>();
  for (const t of await read('MATCH (t:ClaimTally) RETURN t {.*} AS t')) {
    const p = t.t as Record<string, unknown> & AggregateKeyFields;
    if (tallyKey({ ...p, year: p.year ?? null, publishedYear: p.publishedYear ?? null, modality: p.modality ?? null, publisher: p.publisher ?? null }) !== p.key) out.push(`ClaimTally ${show(p.key)}: its fields give the key ${show(tallyKey(p))}`);
    storedTallies.set(p.key as string, Number(p.count));
  }
  compareMaps('ClaimTally', tallies, storedTallies, out);

  const stored = new Map<string, unknown>();
  for (const r of await read('MATCH (n:Document) WHERE coalesce(n.aggregatedClaims, 0) <> 0 RETURN n.id AS id, n.aggregatedClaims AS n')) stored.set(r.id as string, Number(r.n));
  const existing = new Set((await read('MATCH (n:Document) RETURN n.id AS id')).map((r) => r.id as string));
  const counted = new Map([...documents].filter(([id]) => existing.has(id)));
  compareMaps('Document.aggregatedClaims', counted, stored, out);

  const types = new Map(actorRows.map((r) => [r.id as string, (r.type ?? null) as string | null]));
  const actorClaims = summary.actorChanges().filter((a) => a.n > 0);
  compareMaps('ActorTally', new Map(actorClaims.map((a) => [a.id, { claims: a.n, type: types.get(a.id) ?? null }])), await storedActorTallies(read), out);
  summary.addActorTransitions(actorClaims.map((a) => ({ type: null, counted: false, typeNow: types.get(a.id) ?? null, countedNow: true })));
  summary.addStat('sources', null, [...counted.values()].filter((n) => n > 0).length);
  const storedStats = new Map<string, unknown>();
  for (const r of await read('MATCH (s:StatTally) RETURN s {.*} AS s')) {
    const p = r.s as Record<string, unknown>;
    storedStats.set(String(p.key), { dim: p.dim, value: p.value === undefined || p.value === null ? null : typeof p.value === 'string' ? p.value : Number(p.value), n: Number(p.count) });
  }
  compareMaps('StatTally', new Map(summary.statChanges().map((d) => [d.key, { dim: d.dim, value: d.value, n: d.n }])), storedStats, out);
  const publishers = async (cypher: string) => new Map((await read(cypher)).map((r) => [String(r.publisher), Number(r.n)] as const));
  compareMaps(
    'PublisherTally',
    await publishers('MATCH (d:Document) WHERE d.publisher IS NOT NULL RETURN d.publisher AS publisher, count(*) AS n'),
    await publishers('MATCH (p:PublisherTally) RETURN p.publisher AS publisher, p.documents AS n'),
    out,
  );
  return out;
}

async function storedActorTallies(read: (cypher: string) => Promise<Record<string, unknown>[]>): Promise<Map<string, unknown>> {
  const stored = new Map<string, unknown>();
  for (const r of await read('MATCH (t:ActorTally) RETURN t.actor AS actor, t.claims AS claims, t.type AS type')) {
    stored.set(String(r.actor), { claims: Number(r.claims), type: (r.type ?? null) as string | null });
  }
  return stored;
}

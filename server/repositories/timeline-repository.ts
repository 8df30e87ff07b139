// /api/timeline: claims of one actor, or between two actors (both directions), grouped per year and type;
// from the edge aggregates, or from the claims for a list of documents.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters, TimelineResponse } from '../../shared/api';
import type { ActorType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { presentTimeline, type TimelineRow } from '../presenters/timeline-presenter';
import { buildActorRowsQuery } from '../queries/aggregate-cypher';
import type { CypherQuery } from '../queries/graph-cypher';
import { claimPredicates, relationshipTypes, yearProperty } from '../queries/graph-filters';
import { answeredByAggregates, readParts } from './aggregate-reads';
import { readAutoCommit, readTx, type Db, type StatementRunner } from './db';

/** The timeline's rows (year, type, negated, count, weight) from the claims. */
export async function claimTimelineRows(tx: ManagedTransaction, filters: GraphFilters, actors: string[]): Promise<TimelineRow[]> {
  const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' }, { negation: true, exempt: 'actors' });
  const cypher = `MATCH (a:Actor {id: $a})-[r:${relationshipTypes(filters.types)}]-(o:Actor)
WHERE ($b IS NULL OR o.id = $b)
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE ${preds.where}
RETURN ${yearProperty('r', filters.timeAxis)} AS year, type(r) AS type, r.negated AS negated, count(r) AS count, sum(r.weight) AS weight`;
  const result = await tx.run(cypher, { ...preds.params, a: actors[0], b: actors[1] ?? null, actors });
  return result.records.map((r) => r.toObject() as unknown as TimelineRow);
}

/** The same rows from the edge aggregates: summed by Neo4j, or in Node when actor types must be checked. */
export async function aggregateTimelineRows(tx: ManagedTransaction, filters: GraphFilters, actors: string[]): Promise<TimelineRow[]> {
  if (!filters.actorTypes) {
    const grouped = buildActorRowsQuery(filters, actors[0]!, actors[1] ?? null, 'timeline');
    return (await tx.run(grouped.cypher, grouped.params)).records.map((r) => r.toObject() as unknown as TimelineRow);
  }
  const parts = await readParts(tx, buildActorRowsQuery(filters, actors[0]!, actors[1] ?? null), filters, actors);
  const groups = new Map<string, TimelineRow & { count: number; micro: number }>();
  for (const p of parts) {
    const key = `${p.year}|${p.type}|${p.negated}`;
    const g = groups.get(key) ?? { year: p.year, type: p.type, negated: p.negated, count: 0, micro: 0, weight: 0 };
    g.count += p.count;
    g.micro += p.weightMicro;
    g.weight = g.micro / 1_000_000;
    groups.set(key, g);
  }
  return [...groups.values()].map(({ micro: _micro, ...row }) => row);
}

/** Whether buildTimelineAnswerQuery answers these filters: the aggregates need no other read for them. */
export const timelineInOneQuery = (filters: GraphFilters) => !filters.sources && !filters.includeRejected && !filters.actorTypes;

/**
 * The actors (each id with its name and type, null when unknown) and the aggregate timeline rows
 * (buildActorRowsQuery's, as a list) in one statement, for filters timelineInOneQuery accepts.
 */
export function buildTimelineAnswerQuery(filters: GraphFilters, actors: string[]): CypherQuery {
  const rows = buildActorRowsQuery(filters, actors[0]!, actors[1] ?? null, 'timeline-list');
  return {
    cypher: `CALL () { UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) RETURN collect([id, x.name, x.type]) AS actors }
CALL () {
  ${rows.cypher.replace(/\n/g, '\n  ')}
}
RETURN actors, rows`,
    params: { ...rows.params, ids: actors },
  };
}

type ActorCells = Array<[string, string | null, string | null]>;

/** Throws 404 for the first actor not found (no name). */
function checkFound(found: ActorCells): void {
  for (const [id, name] of found) if (name === null) throw notFound('Actor', id);
}

function answerOf(filters: GraphFilters, found: ActorCells, rows: TimelineRow[]): TimelineResponse {
  const { years, undated } = presentTimeline(rows);
  return { actors: found.map(([id, name, type]) => ({ id, name: name!, type: type as ActorType })), timeAxis: filters.timeAxis, years, undated };
}

/** The answer from buildTimelineAnswerQuery's one record (`runner`: a transaction, or an auto-commit statement). */
export async function timelineAnswerInOneQuery(runner: StatementRunner, filters: GraphFilters, actors: string[]): Promise<TimelineResponse> {
  const q = buildTimelineAnswerQuery(filters, actors);
  const record = (await runner.run(q.cypher, q.params)).records[0];
  const found = (record?.get('actors') as ActorCells | undefined) ?? [];
  checkFound(found);
  const rows = ((record?.get('rows') as unknown[][] | undefined) ?? []).map(([year, type, negated, count, weight]) => ({ year, type, negated, count, weight }) as TimelineRow);
  return answerOf(filters, found, rows);
}

/** The answer from separate queries: the actors, then the rows from the aggregates or the claims (any filters). */
export async function timelineAnswerInQueries(tx: ManagedTransaction, filters: GraphFilters, actors: string[]): Promise<TimelineResponse> {
  const found = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) RETURN id, x.name AS name, x.type AS type', { ids: actors });
  const cells = found.records.map((r) => [r.get('id'), r.get('name'), r.get('type')] as ActorCells[number]);
  checkFound(cells);
  return answerOf(filters, cells, (await answeredByAggregates(tx, filters)) ? await aggregateTimelineRows(tx, filters, actors) : await claimTimelineRows(tx, filters, actors));
}

export function createTimelineRepository(db: Db) {
  return {
    async timeline(filters: GraphFilters, actors: string[]): Promise<TimelineResponse> {
      if (actors.length < 1 || actors.length > 2) throw invalidParameter('actors', 'one actor id, or two for a dyad (e.g. united-states,taliban).');
      // One statement answers: no transaction around it.
      if (timelineInOneQuery(filters)) return readAutoCommit(db, (runner) => timelineAnswerInOneQuery(runner, filters, actors));
      return readTx(db, (tx) => timelineAnswerInQueries(tx, filters, actors));
    },
  };
}
export type TimelineRepository = ReturnType<typeof createTimelineRepository>;

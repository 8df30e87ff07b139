// /api/timeline: claims of one actor, or between two actors (both directions), grouped per year and type;
// from the edge aggregates, or from the claims for a list of documents.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters, TimelineResponse } from '../../shared/api';
import type { ActorType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { presentTimeline, type TimelineRow } from '../presenters/timeline-presenter';
import { buildActorRowsQuery } from '../queries/aggregate-cypher';
import { claimPredicates, relationshipTypes, yearProperty } from '../queries/graph-filters';
import { answeredByAggregates, readParts } from './aggregate-reads';
import { readTx, type Db } from './db';

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

export function createTimelineRepository(db: Db) {
  return {
    async timeline(filters: GraphFilters, actors: string[]): Promise<TimelineResponse> {
      if (actors.length < 1 || actors.length > 2) throw invalidParameter('actors', 'one actor id, or two for a dyad (e.g. united-states,taliban).');
      return readTx(db, async (tx) => {
        const found = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) RETURN id, x.name AS name, x.type AS type', { ids: actors });
        for (const r of found.records) if (r.get('name') === null) throw notFound('Actor', r.get('id') as string);
        const rows = (await answeredByAggregates(tx, filters)) ? await aggregateTimelineRows(tx, filters, actors) : await claimTimelineRows(tx, filters, actors);
        const { years, undated } = presentTimeline(rows);
        return {
          actors: found.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, type: r.get('type') as ActorType })),
          timeAxis: filters.timeAxis,
          years,
          undated,
        };
      });
    },
  };
}
export type TimelineRepository = ReturnType<typeof createTimelineRepository>;

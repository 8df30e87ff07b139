// /api/timeline: claims of one actor, or between two actors (both directions), grouped per year and type.
import type { GraphFilters, TimelineResponse } from '../../shared/api';
import type { ActorType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { presentTimeline, type TimelineRow } from '../presenters/timeline-presenter';
import { claimPredicates, relationshipTypes, yearProperty } from '../queries/graph-filters';
import { readTx, type Db } from './db';

export function createTimelineRepository(db: Db) {
  return {
    async timeline(filters: GraphFilters, actors: string[]): Promise<TimelineResponse> {
      if (actors.length < 1 || actors.length > 2) throw invalidParameter('actors', 'one actor id, or two for a dyad (e.g. united-states,taliban).');
      const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' }, { negation: true, exempt: 'actors' });
      const types = relationshipTypes(filters.types);
      const cypher = `MATCH (a:Actor {id: $a})-[r:${types}]-(o:Actor)
WHERE ($b IS NULL OR o.id = $b)
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE ${preds.where}
RETURN ${yearProperty('r', filters.timeAxis)} AS year, type(r) AS type, r.negated AS negated, count(r) AS count, sum(r.weight) AS weight`;
      return readTx(db, async (tx) => {
        const found = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) RETURN id, x.name AS name, x.type AS type', { ids: actors });
        for (const r of found.records) if (r.get('name') === null) throw notFound('Actor', r.get('id') as string);
        const result = await tx.run(cypher, { ...preds.params, a: actors[0], b: actors[1] ?? null, actors });
        const { years, undated } = presentTimeline(result.records.map((r) => r.toObject() as unknown as TimelineRow));
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

// /api/paths: shortest chains between two actors over claims that pass the graph filters.
import neo4j from 'neo4j-driver';
import type { GraphFilters, PathResponse } from '../../shared/api';
import type { RelationType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { presentGraph, type ActorRow, type GraphRows } from '../presenters/graph-presenter';
import { toNullableInt } from '../presenters/values';
import { ACTOR_NODES_QUERY, aggregateEdgesTail } from '../queries/graph-cypher';
import { claimPredicates, relationshipTypes } from '../queries/graph-filters';
import { readTx, type Db } from './db';

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  limit: number;
}

/** Parallel claims multiply shortest paths; read this many before de-duplicating by actor sequence. */
const RAW_PATH_CAP = 2000;

export function buildPathQuery(filters: GraphFilters, opts: PathOptions) {
  if (!Number.isInteger(opts.maxHops) || opts.maxHops < 1 || opts.maxHops > 6) throw invalidParameter('maxHops', 'an integer from 1 to 6.');
  const types = relationshipTypes(filters.types);
  const preds = claimPredicates(filters, { rel: 'r', source: 'startNode(r)', target: 'endNode(r)' }, { negation: true, exempt: 'endpoints' });
  const arrow = opts.directed ? '->' : '-';
  return {
    cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:${types}*..${opts.maxHops}]${arrow}(b))
WHERE all(r IN relationships(p) WHERE ${preds.where})
RETURN [n IN nodes(p) | n.id] AS actors,
  [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), claimId: r.claimId, doc: r.docId, year: r.year, sentence: r.sentence}] AS steps
LIMIT $cap`,
    params: { ...preds.params, from: opts.from, to: opts.to, endpoints: [opts.from, opts.to], cap: neo4j.int(RAW_PATH_CAP) },
  };
}

interface StepRow { source: string; target: string; type: string; claimId: string; doc: string; year: unknown; sentence: string }

export function createPathRepository(db: Db) {
  return {
    async paths(filters: GraphFilters, opts: PathOptions): Promise<PathResponse> {
      if (opts.from === opts.to) throw invalidParameter('to', 'must differ from `from`.');
      const q = buildPathQuery(filters, opts);
      return readTx(db, async (tx) => {
        const exists = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) RETURN id, a IS NOT NULL AS found', { ids: [opts.from, opts.to] });
        for (const r of exists.records) if (!r.get('found')) throw notFound('Actor', r.get('id') as string);

        const result = await tx.run(q.cypher, q.params);
        const seen = new Set<string>();
        const paths: PathResponse['paths'] = [];
        for (const record of result.records) {
          const actors = record.get('actors') as string[];
          const key = actors.join('>');
          if (seen.has(key)) continue;
          seen.add(key);
          const steps = (record.get('steps') as StepRow[]).map((s) => ({ ...s, type: s.type as RelationType, year: toNullableInt(s.year) }));
          paths.push({ actors, steps, length: steps.length });
          if (paths.length >= opts.limit) break;
        }
        // The graph of the paths: every filtered claim between consecutive actors, aggregated.
        const pairs = new Map<string, [string, string]>();
        for (const p of paths) {
          for (let i = 0; i + 1 < p.actors.length; i++) {
            const [x, y] = [p.actors[i]!, p.actors[i + 1]!];
            pairs.set(`${x}>${y}`, [x, y]);
            if (!opts.directed) pairs.set(`${y}>${x}`, [y, x]);
          }
        }
        const graphFilters: GraphFilters = { ...filters, actors: [opts.from, opts.to], limit: 100_000 };
        const preds = claimPredicates(graphFilters, { rel: 'r', source: 's', target: 't' }, { exempt: 'focus' });
        const tail = aggregateEdgesTail(graphFilters);
        let rows: GraphRows = { edges: [], totalEdges: 0, totalClaims: 0, totalNodes: 0 };
        if (pairs.size > 0) {
          const g = await tx.run(
            `UNWIND $pairs AS pair
MATCH (s:Actor {id: pair[0]})-[r:${relationshipTypes(filters.types)}]->(t:Actor {id: pair[1]})
WHERE ${preds.where}${tail.cypher}`,
            { ...preds.params, ...tail.params, pairs: [...pairs.values()], focus: [opts.from, opts.to] },
          );
          if (g.records[0]) rows = g.records[0].toObject() as unknown as GraphRows;
        }
        const ids = [...new Set(paths.flatMap((p) => p.actors).concat(opts.from, opts.to))];
        const actors = (await tx.run(ACTOR_NODES_QUERY, { ids })).records.map((r) => r.toObject() as unknown as ActorRow);
        return { paths, graph: presentGraph(rows, actors, graphFilters) };
      });
    },
  };
}
export type PathRepository = ReturnType<typeof createPathRepository>;

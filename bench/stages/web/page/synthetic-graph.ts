// A synthetic API graph (GraphResponse shape) of n nodes and m edges, deterministic in the seed, so
// the browser benchmark draws what the explorer would receive from /api/graph.
import type { GraphResponse } from '../../../../shared/api';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES } from '../../../../shared/vocabulary';
import { createRng, hashSeed } from '../../../generate/prng';
import { nodeTotals } from '../../../../shared/node-totals';

export function syntheticGraph(nodes: number, edges: number, seed: number): Pick<GraphResponse, 'nodes' | 'edges'> {
  const rng = createRng(hashSeed(seed, 'web', nodes, edges));
  const ids = Array.from({ length: nodes }, (_, i) => `actor-${i}`);
  const edgeMap = new Map<string, GraphResponse['edges'][number]>();
  const degree = new Map<string, number>();
  let guard = 0;
  while (edgeMap.size < edges && guard++ < edges * 20) {
    const source = rng.pickSkewed(ids, 1.8);
    const target = rng.pick(ids);
    if (source === target) continue;
    const type = rng.pick(RELATION_TYPES);
    const id = `${source}|${type}|${target}`;
    if (edgeMap.has(id)) continue;
    const count = 1 + Math.floor(Math.pow(rng.next(), 4) * 40);
    const first = rng.int(2015, 2025);
    const years = Array.from(new Set([first, Math.min(2025, first + rng.int(0, 2))]));
    const negatedCount = rng.chance(0.1) ? rng.int(1, count) : 0;
    edgeMap.set(id, {
      data: {
        id, source, target, type, count, years,
        documentCount: 1, publishers: ['Reuters'],
        weight: count, negatedCount, assertedCount: count - negatedCount,
        contested: negatedCount > 0 && negatedCount < count,
        modalities: [rng.pick(MODALITIES)],
      },
    });
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return {
    nodes: ids.map((id, i) => ({
      data: {
        id, label: `Actor ${i}`, type: ACTOR_TYPES[i % (ACTOR_TYPES.length - 1)] as (typeof ACTOR_TYPES)[number],
        degree: degree.get(id) ?? 0, claims: degree.get(id) ?? 0, discovered: i % 17 === 0, aliases: [], focus: false,
      },
    })),
    edges: [...edgeMap.values()],
  };
}

/**
 * The graph the API answers for a year range (server/presenters/graph-presenter.ts): edges with a
 * claim in the range, their years and claim counts cut to it, and only actors that keep an edge,
 * with degree and claim counts recomputed.
 */
export function withinYears(graph: Pick<GraphResponse, 'nodes' | 'edges'>, from: number, to: number): Pick<GraphResponse, 'nodes' | 'edges'> {
  const edges: GraphResponse['edges'] = [];
  for (const e of graph.edges) {
    const years = e.data.years.filter((y) => y >= from && y <= to);
    if (years.length === 0) continue;
    // Claims are spread evenly over an edge's years here: a cut range keeps its share of them.
    const count = Math.max(1, Math.round((e.data.count * years.length) / e.data.years.length));
    const negatedCount = Math.min(e.data.negatedCount, count);
    edges.push({
      data: { ...e.data, years, count, weight: count, negatedCount, assertedCount: count - negatedCount, contested: negatedCount > 0 && negatedCount < count },
    });
  }
  const { degree, claims } = nodeTotals(edges);
  const nodes = graph.nodes
    .filter((n) => degree.has(n.data.id))
    .map((n) => ({ data: { ...n.data, degree: degree.get(n.data.id)!, claims: claims.get(n.data.id)! } }));
  return { nodes, edges };
}

// PageRank over the undirected, claim-weighted graph: "centrality" sizing. Pure and O(iterations × edges),
// so it stays fast at 2,000 actors / 10,000 edges where betweenness would not. It gives Cytoscape's
// pageRank (tests/unit/web/centrality.test.ts), which is not used because it iterates over a dense
// n × n matrix: 782 ms against 45 ms at 2,000 actors, and sizing recomputes it on every player frame.
export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

export function pageRank(nodeIds: readonly string[], edges: readonly WeightedEdge[], damping = 0.85, iterations = 40): Map<string, number> {
  const n = nodeIds.length;
  const rank = new Map<string, number>();
  if (n === 0) return rank;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const out = new Float64Array(n);
  const links: Array<[number, number, number]> = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const w = Math.max(e.weight, 0);
    links.push([a, b, w], [b, a, w]);
    out[a]! += w;
    out[b]! += w;
  }
  let r = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += r[i]!;
    const base = (1 - damping) / n + (damping * dangling) / n;
    next.fill(base);
    for (const [a, b, w] of links) next[b]! += (damping * r[a]! * w) / out[a]!;
    r = next;
  }
  nodeIds.forEach((id, i) => rank.set(id, r[i]!));
  return rank;
}

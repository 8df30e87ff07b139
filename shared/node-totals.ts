// Pure: per actor, the number of aggregated edges it is an end of (degree) and the claims on them,
// the node sizes of a graph answer. Shared by the API's presenter and the benchmark's synthetic graph.
export interface NodeTotals {
  degree: Map<string, number>;
  claims: Map<string, number>;
}

export function nodeTotals(edges: ReadonlyArray<{ data: { source: string; target: string; count: number } }>): NodeTotals {
  const degree = new Map<string, number>();
  const claims = new Map<string, number>();
  const add = (id: string, count: number) => {
    degree.set(id, (degree.get(id) ?? 0) + 1);
    claims.set(id, (claims.get(id) ?? 0) + count);
  };
  for (const { data } of edges) {
    add(data.source, data.count);
    add(data.target, data.count);
  }
  return { degree, claims };
}

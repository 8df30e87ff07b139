// What the canvas shows: the network under the filters with the paths' actors added (paths
// highlighted), or a saved query's graph in its place; its communities when coloured by them; the
// Cytoscape elements; and actor names for the panels (an actor may be only on a path).
import { useCallback, useMemo } from 'react';
import type { GraphEdge, GraphNode, GraphResponse, PathResponse, SavedQuery, SavedQueryRunResult } from '../../../shared/api';
import { COMMUNITY_MAX_NODES, detectCommunities } from '../graph/communities';
import { toElements } from '../graph/map-elements';
import { queryResultGraph } from '../graph/query-result';
import type { ViewState } from '../state/view-state';

export type QueryRun = { query: SavedQuery; result: SavedQueryRunResult };

export function useCanvasGraph(view: ViewState, graph: GraphResponse | null, paths: PathResponse | null, queryRun: QueryRun | null, fresh: ReadonlySet<string>) {
  // A saved query that returns only a table leaves the network on the canvas (its table is in the panel).
  const queryGraph = queryRun && queryRun.result.graph.nodes.length > 0 ? queryRun : null;
  const shown = useMemo((): { nodes: GraphNode[]; edges: GraphEdge[] } => {
    if (queryGraph) return queryResultGraph(queryGraph.result);
    const base = graph ?? { nodes: [], edges: [] };
    if (!paths) return base;
    // Path actors filtered out of the main view are added so the whole path is visible.
    const nodeIds = new Set(base.nodes.map((n) => n.data.id));
    const edgeIds = new Set(base.edges.map((e) => e.data.id));
    return {
      nodes: [...base.nodes, ...paths.graph.nodes.filter((n) => !nodeIds.has(n.data.id))],
      edges: [...base.edges, ...paths.graph.edges.filter((e) => !edgeIds.has(e.data.id))],
    };
  }, [graph, paths, queryGraph]);
  const communities = useMemo(() => (view.communities && shown.nodes.length <= COMMUNITY_MAX_NODES
    ? detectCommunities(shown.nodes.map((n) => n.data.id), shown.edges.map((e) => ({ source: e.data.source, target: e.data.target, weight: e.data.count })))
    : null), [shown, view.communities]);
  const elements = useMemo(() => toElements(shown, { sizeBy: view.sizeBy, fresh, ...(communities ? { communities } : {}) }), [shown, view.sizeBy, fresh, communities]);
  const highlight = useMemo(() => (paths && !queryGraph
    ? { nodes: paths.graph.nodes.map((n) => n.data.id), edges: paths.graph.edges.map((e) => e.data.id) }
    : null), [paths, queryGraph]);

  const names = useCallback((id: string) => {
    const n = shown.nodes.find((x) => x.data.id === id) ?? paths?.graph.nodes.find((x) => x.data.id === id);
    return n?.data.label ?? id;
  }, [shown, paths]);

  return { queryGraph, shown, communities, elements, highlight, names };
}
export type CanvasGraph = ReturnType<typeof useCanvasGraph>;

// What the explorer loads for a view: the stats and documents (filters, player), the network under the
// filters, and the paths when the view asks for them. `refresh()` after a write (review, upload,
// delete) loads all of them again.
import { useCallback, useState } from 'react';
import { api } from '../api/client';
import { useAsync } from '../api/use-async';
import { graphParams, pathParams as pathQuery, toQueryString } from '../state/api-params';
import type { ViewState } from '../state/view-state';

export function useExplorerData(view: ViewState) {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  const stats = useAsync((s) => api.stats(s), String(version));
  const documents = useAsync((s) => api.documents({ limit: '1000' }, s), String(version));
  const params = graphParams(view);
  const graphKey = toQueryString(params) + `#${version}`;
  const graph = useAsync((s) => api.graph(params, s), graphKey);
  const pathParams = pathQuery(view);
  const paths = useAsync(pathParams ? (s) => api.paths(pathParams, s) : null, `${JSON.stringify(pathParams)}#${version}`);
  return { refresh, stats, documents, params, graphKey, graph, pathParams, paths };
}

export type ExplorerData = ReturnType<typeof useExplorerData>;

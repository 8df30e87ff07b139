// Export the current view: PNG from the canvas with a legend under it (graph/png-legend.ts); JSON, GraphML, GEXF and CSV from /api/export with the
// same filters as the graph on screen.
import type { Core } from 'cytoscape';
import { api } from '../api/client';
import { graphPngWithLegend } from '../graph/png-legend';
import type { QueryParams } from '../state/api-params';

export function ExportMenu({ cy, params, communities = false }: { cy: Core | null; params: QueryParams; communities?: boolean }) {
  const png = async () => {
    if (!cy) return;
    const blob = await graphPngWithLegend(cy, communities);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `actorscope-${new Date().toISOString().slice(0, 10)}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <details className="menu export-menu" data-testid="export-menu">
      <summary>Export</summary>
      <div className="menu-body" role="menu">
        <button type="button" role="menuitem" onClick={() => void png()} disabled={!cy} data-testid="export-png">PNG image (with legend)</button>
        {(['json', 'graphml', 'gexf', 'csv'] as const).map((f) => (
          <a key={f} role="menuitem" href={api.exportUrl(f, params)} download data-testid={`export-${f}`}>
            {f === 'json' ? 'JSON (Cytoscape)' : f === 'graphml' ? 'GraphML' : f === 'gexf' ? 'GEXF (Gephi)' : 'CSV'}
          </a>
        ))}
      </div>
    </details>
  );
}

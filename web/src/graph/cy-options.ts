// Cytoscape core options of the explorer's canvas, shared with the browser benchmark so it measures
// what the explorer runs.
import type { CytoscapeOptions } from 'cytoscape';

/** Above this many elements: large-graph style (few labels, opaque solid haystack edges), textures
 * and hidden edges while the viewport moves, the WebGL renderer, and hidden instead of removed
 * elements on filter changes. */
export const LARGE_GRAPH = 3000;

export function isLargeGraph(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH;
}

export type RendererKind = 'canvas' | 'webgl';

/** Everything but container, style and elements. */
export function coreOptions(large: boolean, renderer: RendererKind = large ? 'webgl' : 'canvas'): CytoscapeOptions {
  return {
    minZoom: 0.05,
    maxZoom: 5,
    // While the user pans or zooms, draw one cached texture of the graph (and skip edges when a
    // full redraw is needed): a full software redraw of 10,000 edges takes far longer than a frame.
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions;
}

// Cytoscape core options of the explorer's canvas, shared with the browser benchmark so it measures
// what the explorer runs.
import type { CytoscapeOptions } from 'cytoscape';

/** Above this many elements: large-graph style (few labels, opaque solid haystack edges), textures
 * and hidden edges while the viewport moves, the WebGL renderer (with a GPU), fit without animation
 * and the layout in a worker. */
export const LARGE_GRAPH = 3000;

export function isLargeGraph(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH;
}

export type RendererKind = 'canvas' | 'webgl';

/** WebGL renderer names of software rasterisers (no GPU: VMs, remote desktops, --disable-gpu). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** Whether the browser's WebGL is drawn by a GPU (unknown renderer names count as GPU). */
export function hardwareWebgl(rendererName: string | null): boolean {
  return rendererName !== null && !SOFTWARE_GL.test(rendererName);
}

let probed: string | null | undefined;

/** The WebGL renderer's name, or null without WebGL. Probed once. */
export function webglRendererName(): string | null {
  if (probed !== undefined) return probed;
  probed = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      probed = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    probed = null;
  }
  return probed;
}

/**
 * The explorer's renderer: Cytoscape's WebGL renderer for large graphs when a GPU draws WebGL; the
 * canvas renderer otherwise — with software WebGL (SwiftShader) it was slower than the canvas on
 * every measure of the bench's web stage.
 */
export function explorerRenderer(large: boolean): RendererKind {
  return large && hardwareWebgl(webglRendererName()) ? 'webgl' : 'canvas';
}

/** Everything but container, style and elements. */
export function coreOptions(large: boolean, renderer: RendererKind = explorerRenderer(large)): CytoscapeOptions {
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

// The Cytoscape stylesheet: every visual value comes from element data computed in map-elements.ts.
import type { StylesheetJson } from 'cytoscape';

export const HIGHLIGHT = '#111827';
export const FRESH = '#ff2d95';
export const PATH = '#0ea5e9';

/**
 * Label scales of small graphs: the canvas gives every actor the class `ls-<i>` of the step that
 * suits the zoom (labelScaleStep), so labels keep a readable on-screen size as the view zooms out
 * (up to a cap, beyond which min-zoomed-font-size hides them). Classes with constant values, not
 * function values: Cytoscape keys its cached label textures on the style's written values, so a
 * function whose result changed kept drawing the old texture, cut off at the left.
 */
export const LABEL_SCALES = [1, 1.25, 1.55, 1.9, 2.2] as const;

/** The step of LABEL_SCALES for a zoom level: the largest scale not above 1 / zoom. */
export function labelScaleStep(zoom: number): number {
  const wanted = 1 / Math.max(zoom, 1e-6);
  let step = 0;
  LABEL_SCALES.forEach((s, i) => {
    if (s <= wanted) step = i;
  });
  return step;
}

/** Large graphs get their own, cheaper base style. */
export function graphStylesheet(large: boolean): StylesheetJson {
  return [...(large ? largeBase() : smallBase()), ...states(large)];
}

/** An actor's body at every size: colour and shape by type, size by degree, a white rim. */
const NODE_BODY = {
  'background-color': 'data(color)',
  shape: 'data(shape)' as never,
  width: 'data(size)',
  height: 'data(size)',
  'border-width': 1.5,
  'border-color': '#ffffff',
};

/** Small graphs: every actor labelled with a halo, translucent bezier edges with arrows and line styles. */
function smallBase(): StylesheetJson {
  const scaled = (s: number) => ({
    'font-size': 11 * s,
    'text-margin-y': 4 * s,
    'text-max-width': `${Math.round(150 * s)}px`,
    'text-outline-width': 2.5 * s,
  });
  return [
    {
      selector: 'node',
      style: {
        ...NODE_BODY,
        label: 'data(shortLabel)',
        ...scaled(1),
        'font-family': 'Inter, system-ui, sans-serif',
        // Bold, not 600: with a fallback font (no Inter installed) Cytoscape measured 600 narrower
        // than it drew it, and cut long labels off at both ends once zoomed out.
        'font-weight': 'bold',
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-wrap': 'ellipsis',
        // A halo keeps labels readable over edges.
        'text-outline-color': '#ffffff',
        'min-zoomed-font-size': 6,
      },
    },
    ...LABEL_SCALES.slice(1).map((s, i) => ({ selector: `node.ls-${i + 1}`, style: scaled(s) })),
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
    { selector: 'node.discovered', style: { 'border-style': 'dashed', 'border-color': '#6b7280', 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'line-style': 'data(lineStyle)' as never,
        opacity: 0.85,
      },
    },
    { selector: 'edge.contested', style: { 'line-outline-width': 2, 'line-outline-color': '#111827', 'target-arrow-shape': 'tee' } as never },
  ];
}

/**
 * Large graphs (thousands of elements), where drawing cost decides: measured in software rendering
 * (bench web stage), translucent edges, dashed/dotted lines and one label per actor each cost about a
 * second per full redraw at 2,000 actors / 10,000 edges. So: constant values (function values are
 * re-evaluated per element on every restyle), labels only on hubs and on actors the user points at
 * (and only once zoomed in enough to read them), no halo, opaque straight (haystack) edges without
 * arrows, and paler colours instead of dashes and dots for negated or speculative relations — at
 * overview zoom a dash pattern is below a pixel and reads as a paler line anyway.
 */
function largeBase(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: NODE_BODY,
    },
    {
      selector: 'node.hub, node.focus, node.hovered, node:selected, node.path',
      style: {
        label: 'data(shortLabel)',
        'font-size': 11,
        'font-family': 'Inter, system-ui, sans-serif',
        'font-weight': 'bold',
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
    { selector: 'node.discovered', style: { 'border-style': 'dashed', 'border-color': '#6b7280', 'border-width': 2 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'haystack' } },
    { selector: 'edge[lineStyle != "solid"]', style: { 'line-color': 'data(softColor)' } },
    { selector: 'edge.contested', style: { 'line-outline-width': 2, 'line-outline-color': '#111827' } as never },
  ];
}

/** Hover, selection, player and path states, the same at every size. */
function states(large: boolean): StylesheetJson {
  return [
    { selector: 'edge.fresh', style: { 'underlay-color': FRESH, 'underlay-opacity': 0.45, 'underlay-padding': 5, opacity: 1 } },
    { selector: '.dim', style: { opacity: 0.28 } },
    // Labels that would overlap a more important one (label-collisions.ts) are hidden until pointed at.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.hovered, node:selected', style: { label: 'data(label)', 'text-opacity': 1, 'text-max-width': '260px', 'z-index': 30 } as never },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'edge.hovered', style: { label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-outline-color': '#fff', 'text-outline-width': 2, opacity: 1 } },
    { selector: 'node.hovered', style: { 'border-color': HIGHLIGHT, 'border-width': 3, 'z-index': 20, ...(large ? { 'min-zoomed-font-size': 0 } : {}) } },
    { selector: 'node:selected', style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'overlay-opacity': 0, ...(large ? { 'min-zoomed-font-size': 0 } : {}) } },
    { selector: 'node.path', style: { 'border-color': PATH, 'border-width': 6 } },
    { selector: 'edge.path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.55, 'underlay-padding': 6, opacity: 1 } },
  ];
}

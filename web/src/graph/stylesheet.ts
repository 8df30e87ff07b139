// The Cytoscape stylesheet: every visual value comes from element data computed in map-elements.ts.
import type { StylesheetJson } from 'cytoscape';

export const HIGHLIGHT = '#111827';
export const FRESH = '#ff2d95';
export const PATH = '#0ea5e9';

/**
 * `labelScale` is read whenever styles are recomputed: the canvas raises it as the view zooms out so
 * labels keep a readable on-screen size (up to a cap, beyond which they are hidden by min-zoomed-font-size).
 */
export function graphStylesheet(large: boolean, labelScale: () => number = () => 1): StylesheetJson {
  // Large graphs get constant values (function values are re-evaluated per element on every restyle)
  // and no text halo, which is the most expensive part of drawing thousands of labels.
  const scaled = (base: number) => (large ? base : () => base * labelScale());
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': scaled(11) as never,
        'font-family': 'Inter, system-ui, sans-serif',
        'font-weight': 600,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': scaled(4) as never,
        'text-wrap': 'ellipsis',
        'text-max-width': (large ? '150px' : () => `${Math.round(150 * labelScale())}px`) as never,
        // A halo keeps labels readable over edges.
        'text-outline-color': '#ffffff',
        'text-outline-width': (large ? 0 : () => 2.5 * labelScale()) as never,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': large ? 9 : 6,
      },
    },
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
        'curve-style': large ? 'haystack' : 'bezier',
        'line-style': 'data(lineStyle)' as never,
        opacity: 0.85,
      },
    },
    { selector: 'edge.contested', style: { 'line-outline-width': 2, 'line-outline-color': '#111827', 'target-arrow-shape': 'tee' } as never },
    { selector: 'edge.fresh', style: { 'underlay-color': FRESH, 'underlay-opacity': 0.45, 'underlay-padding': 5, opacity: 1 } },
    { selector: '.dim', style: { opacity: 0.28 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'edge.hovered', style: { label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-outline-color': '#fff', 'text-outline-width': 2, opacity: 1 } },
    { selector: 'node.hovered', style: { 'border-color': HIGHLIGHT, 'border-width': 3, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.25, 'underlay-padding': 6, opacity: 1 } },
    { selector: 'node.path', style: { 'border-color': PATH, 'border-width': 6 } },
    { selector: 'edge.path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.55, 'underlay-padding': 6, opacity: 1 } },
  ];
}

// Diffs the explorer's element list into a live Cytoscape graph in place (no re-creation): leaving
// elements go, changed ones are updated, newcomers are placed next to their remembered neighbours.
// Shared by the canvas and the browser benchmark, so the benchmark's filter change is the explorer's.
import type { Core, ElementDefinition } from 'cytoscape';
import { needsFullLayout, placeNewNodes, type Position } from './layout';
import type { GraphElement } from './map-elements';

export interface ApplyResult {
  added: number;
  removed: number;
  /** Most nodes are new: a full layout beats placing them one by one. */
  fullLayout: boolean;
}

/** What decides how an element looks (the fields the stylesheets read, and the classes). */
export function lookSignature(el: GraphElement): string {
  if (el.group === 'nodes') return `${el.data.label}|${el.data.shortLabel}|${el.data.size}|${el.data.color}|${el.data.shape}|${el.classes}`;
  const d = el.data;
  return `${d.width}|${d.color}|${d.lineStyle}|${d.label}|${el.classes}`;
}

/** Everything else an element carries (counts, years, documents) that panels and exports read. */
export function dataSignature(el: GraphElement): string {
  if (el.group === 'nodes') return `${el.data.degree}|${el.data.claims}|${el.data.score}|${el.data.discovered}|${el.data.aliases.join(',')}`;
  const d = el.data;
  return `${d.count}|${d.negatedCount}|${d.assertedCount}|${d.weight}|${d.contested}|${d.years.join(',')}|${d.documentCount}|${d.publishers.join(',')}|${d.modalities.join(',')}`;
}

export function applyElements(cy: Core, elements: readonly GraphElement[], positions: ReadonlyMap<string, Position>): ApplyResult {
  const nextIds = new Set(elements.map((e) => e.data.id));
  const nodeIds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id);
  const edges = elements.flatMap((e) => (e.group === 'edges' ? [{ source: e.data.source, target: e.data.target }] : []));
  const fullLayout = needsFullLayout(nodeIds, positions);
  const placed = placeNewNodes(nodeIds, edges, positions);
  let removed = 0;
  let addedNodes = 0;
  cy.batch(() => {
    removed = cy.elements().filter((el) => !nextIds.has(el.id())).remove().nodes().length;
    const added: ElementDefinition[] = [];
    for (const el of elements) {
      const existing = cy.getElementById(el.data.id);
      if (existing.nonempty()) {
        // Only touch what changed: restyling thousands of elements is what makes big graphs slow, and
        // Cytoscape restyles an element on any data() call. So data that no style reads (a narrower
        // year range changes every edge's years and most actors' counts) is written into the
        // element's data object in place, without a restyle.
        const look = lookSignature(el);
        if (existing.scratch('_look') !== look) {
          existing.data(el.data);
          existing.classes(el.classes);
          existing.scratch('_look', look);
          existing.scratch('_data', dataSignature(el));
        } else {
          const data = dataSignature(el);
          if (existing.scratch('_data') !== data) {
            Object.assign(existing.data() as object, el.data);
            existing.scratch('_data', data);
          }
        }
      } else {
        if (el.group === 'nodes') addedNodes++;
        added.push({ group: el.group, data: { ...el.data }, classes: el.classes, scratch: { _look: lookSignature(el), _data: dataSignature(el) }, ...(el.group === 'nodes' ? { position: { ...placed.get(el.data.id)! } } : {}) });
      }
    }
    cy.add(added);
  });
  return { added: addedNodes, removed, fullLayout };
}

/** Fits the view to the graph after elements came or went: animated for small graphs; at once for
 * large ones, where every animation frame would be a full redraw. */
export function refit(cy: Core, large: boolean): void {
  if (cy.elements().length === 0) return;
  if (large) fitView(cy, large);
  else cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING } }, { duration: 250, complete: () => capFitZoom(cy) });
}

/**
 * Fitting a graph of a few actors would blow it up to the maximum zoom (huge actors and labels):
 * a fitted view never zooms in beyond this.
 */
export const FIT_MAX_ZOOM = 1.4;

/** Zooms out (about the canvas centre, where fit put the graph) to FIT_MAX_ZOOM when a fit went beyond it. */
export function capFitZoom(cy: Core): void {
  if (cy.zoom() <= FIT_MAX_ZOOM) return;
  cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

const FIT_PADDING = 40;

/**
 * Fits the view at once. Cytoscape's fit() measures every element's bounding box, which first
 * computes every changed element's style (a few hundred ms at 12,000 elements) that the next paint
 * computes again; for large graphs the box of the node positions and sizes is enough (edges run
 * between nodes; only hub labels may overhang the padding).
 */
export function fitView(cy: Core, large: boolean): void {
  const nodes = cy.nodes();
  if (nodes.length === 0) return;
  if (!large) {
    cy.fit(undefined, FIT_PADDING);
    capFitZoom(cy);
    return;
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = n.position();
    const r = (Number(n.data('size')) || 0) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  const w = cy.width() - 2 * FIT_PADDING;
  const h = cy.height() - 2 * FIT_PADDING;
  if (w <= 0 || h <= 0) return;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1))));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
}

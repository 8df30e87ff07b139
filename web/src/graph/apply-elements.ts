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

/** What decides how an element looks; unchanged signature = no restyle. */
export function visualSignature(el: GraphElement): string {
  if (el.group === 'nodes') return `${el.data.label}|${el.data.size}|${el.data.degree}|${el.data.claims}|${el.classes}`;
  const d = el.data;
  return `${d.count}|${d.negatedCount}|${d.assertedCount}|${d.lineStyle}|${d.years.join(',')}|${d.documents.join(',')}|${d.modalities.join(',')}|${el.classes}`;
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
        // Only touch what changed: restyling thousands of unchanged elements is what makes big graphs slow.
        const signature = visualSignature(el);
        if (existing.scratch('_sig') !== signature) {
          existing.data(el.data);
          existing.classes(el.classes);
          existing.scratch('_sig', signature);
        }
      } else {
        if (el.group === 'nodes') addedNodes++;
        added.push({ group: el.group, data: { ...el.data }, classes: el.classes, scratch: { _sig: visualSignature(el) }, ...(el.group === 'nodes' ? { position: { ...placed.get(el.data.id)! } } : {}) });
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
  if (large) cy.fit(undefined, 40);
  else cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
}

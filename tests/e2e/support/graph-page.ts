// Reading the explorer's state in the page: the graph's data attributes and (read-only) the
// Cytoscape instance the app exposes as window.__actorscope.cy.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

export interface EdgeInfo {
  id: string;
  source: string;
  target: string;
  type: string;
  years: number[];
  documentCount: number;
  /** Claims asserting the relation (0 for an edge only denied). */
  assertedCount: number;
}

export interface GraphSnapshot {
  query: string;
  nodes: string[];
  edges: EdgeInfo[];
}

/** Waits until the canvas has drawn the data of a query containing every given fragment. */
export async function waitForGraph(page: Page, ...fragments: string[]): Promise<GraphSnapshot> {
  await page.waitForFunction((parts) => {
    const el = document.querySelector<HTMLElement>('[data-testid=graph]');
    return el?.dataset.state === 'ready' && parts.every((p) => (el.dataset.query ?? '').includes(p));
  }, fragments, { timeout: 45_000 });
  return snapshot(page);
}

export async function snapshot(page: Page): Promise<GraphSnapshot> {
  return page.evaluate(() => {
    const w = window as unknown as { __actorscope: { cy: Core } };
    const cy = w.__actorscope.cy;
    const query = document.querySelector<HTMLElement>('[data-testid=graph]')!.dataset.query ?? '';
    return {
      query,
      nodes: cy.nodes().map((n) => n.id()).sort(),
      edges: cy.edges().map((e) => ({
        id: e.id(), source: e.data('source'), target: e.data('target'), type: e.data('type'), years: e.data('years'), documentCount: e.data('documentCount'),
        assertedCount: e.data('assertedCount'),
      })),
    };
  });
}

/** Page coordinates of an edge's midpoint, for a real mouse click on the canvas. */
export async function edgeClickPoint(page: Page, edgeId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const w = window as unknown as { __actorscope: { cy: Core } };
    const cy = w.__actorscope.cy;
    const edge = cy.getElementById(id);
    const p = edge.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, edgeId);
}

/** The edge whose midpoint lies farthest from every actor, so a click there can only hit an edge. */
export async function clickableEdge(page: Page): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __actorscope: { cy: Core } };
    const cy = w.__actorscope.cy;
    const box = cy.container()!.getBoundingClientRect();
    let best = { id: '', x: 0, y: 0, clearance: -1 };
    cy.edges().forEach((e) => {
      const m = e.renderedMidpoint();
      if (m.x < 20 || m.y < 20 || m.x > box.width - 20 || m.y > box.height - 120) return;
      let clearance = Infinity;
      cy.nodes().forEach((n) => {
        const p = n.renderedPosition();
        clearance = Math.min(clearance, Math.hypot(p.x - m.x, p.y - m.y) - n.renderedOuterWidth() / 2);
      });
      cy.edges().forEach((o) => {
        if (o === e) return;
        const q = o.renderedMidpoint();
        clearance = Math.min(clearance, Math.hypot(q.x - m.x, q.y - m.y) * 2);
      });
      if (clearance > best.clearance) best = { id: e.id(), x: box.left + m.x, y: box.top + m.y, clearance };
    });
    return { id: best.id, x: best.x, y: best.y };
  });
}

/** Node positions once a running layout animation has come to rest (two equal reads `intervalMs` apart). */
export async function settledPositions(page: Page, intervalMs: number): Promise<Record<string, { x: number; y: number }>> {
  const read = () => page.evaluate(() => {
    const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
  let previous = await read();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const current = await read();
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  return previous;
}

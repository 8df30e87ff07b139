// Runs the explorer's fcose layout: in a web worker for large graphs (the layout takes seconds
// there and would freeze the page; the graph is drawn first at provisional positions), in the page
// otherwise (small graphs animate into place).
import type { Core } from 'cytoscape';
import { fitView } from './apply-elements';
import { fcoseOptions } from './layout';
import { seedOf, withSeededRandom } from './seeded-random';

export interface LayoutRequest {
  nodes: Array<{ id: string; size: number; x: number; y: number }>;
  edges: Array<{ source: string; target: string }>;
  randomize: boolean;
  /** Math.random is seeded with it while the layout runs (seeded-random.ts). */
  seed: number;
}

export interface LayoutResponse {
  positions: Array<[id: string, x: number, y: number]>;
}

export interface RunningLayout {
  /** Resolves once the positions are applied (false when cancelled first). */
  done: Promise<boolean>;
  cancel: () => void;
}

/** The seed of the graph on the canvas: its actor ids, sorted, so the same graph lays out the same way. */
export function layoutSeed(cy: Core): number {
  return seedOf(cy.nodes().map((n) => n.id()).sort());
}

export function runLayout(cy: Core, randomize: boolean, offThread: boolean): RunningLayout {
  if (offThread && typeof Worker !== 'undefined') return runInWorker(cy, randomize);
  const layout = cy.layout(fcoseOptions(cy.nodes().length, randomize));
  let cancelled = false;
  const done = new Promise<boolean>((resolve) => {
    layout.one('layoutstop', () => resolve(!cancelled));
  });
  // fcose computes every position inside run() (an animation only moves nodes to them afterwards).
  withSeededRandom(layoutSeed(cy), () => layout.run());
  return {
    done,
    cancel: () => {
      cancelled = true;
      layout.stop();
    },
  };
}

function runInWorker(cy: Core, randomize: boolean): RunningLayout {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const request: LayoutRequest = {
    nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 0, x: n.position('x'), y: n.position('y') })),
    edges: cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
    randomize,
    seed: layoutSeed(cy),
  };
  let settle: (applied: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
    worker.terminate();
    if (cy.destroyed()) return settle(false);
    const positions = new Map(e.data.positions.map(([id, x, y]) => [id, { x, y }]));
    cy.batch(() => {
      // Nodes added while the worker ran keep their provisional place.
      cy.nodes().positions((n) => positions.get(n.id()) ?? n.position());
    });
    fitView(cy, true);
    cy.emit('layoutstop');
    settle(true);
  };
  let fallback: RunningLayout | null = null;
  worker.onerror = () => {
    // No module workers here (or the worker failed): lay out in the page instead.
    worker.terminate();
    if (cy.destroyed()) return settle(false);
    fallback = runLayout(cy, randomize, false);
    void fallback.done.then(settle);
  };
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
      settle(false);
    },
  };
}

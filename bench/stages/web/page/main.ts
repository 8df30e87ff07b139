// In-page measurements for the web benchmark, driven by playwright through window.__bench.run():
// first drawn graph, filter change, fcose layout and frames per second while panning, using the
// explorer's own code (web/src/graph): element mapping, stylesheet, core options, the in-place diff
// that applies a new graph, and the layout options.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { applyElements, fitView, refit } from '../../../../web/src/graph/apply-elements';
import { coreOptions, isLargeGraph } from '../../../../web/src/graph/cy-options';
import type { Position } from '../../../../web/src/graph/layout';
import { toElements, type GraphElement } from '../../../../web/src/graph/map-elements';
import { runLayout } from '../../../../web/src/graph/run-layout';
import { graphStylesheet } from '../../../../web/src/graph/stylesheet';
import { createRng } from '../../../generate/prng';
import { syntheticGraph, withinYears } from './synthetic-graph';

cytoscape.use(fcose);

/** The filter change measured: the year range narrows to these years. */
const FILTER_YEARS = { from: 2020, to: 2022 } as const;

export interface RunConfig {
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  panMs: number;
  seed: number;
}

export interface RunResult {
  elements: number;
  firstDrawMs: number;
  filterMs: number;
  filterRemoved: number;
  /** Frames per second while the page pans programmatically (cy.panBy every frame). */
  panFps: number;
  webglContext: boolean;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the renderer has painted: Cytoscape draws in its own rAF, so wait two frames. */
async function painted(): Promise<void> {
  await frame();
  await frame();
}

function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null;
}

/** Remembered positions as the explorer keeps them after a layout (random in a disc here; the
 * fcose layout is timed on its own afterwards). */
function rememberedPositions(elements: GraphElement[], seed: number): Map<string, Position> {
  const rng = createRng(seed);
  const radius = Math.sqrt(elements.length) * 30;
  const positions = new Map<string, Position>();
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const r = radius * Math.sqrt(rng.next());
    const a = rng.next() * Math.PI * 2;
    positions.set(el.data.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  return positions;
}

async function run(config: RunConfig): Promise<RunResult> {
  const graph = syntheticGraph(config.nodes, config.edges, config.seed);
  const elements = toElements(graph, { sizeBy: 'degree' });
  const large = isLargeGraph(elements.length);
  const positions = rememberedPositions(elements, config.seed);
  const container = document.getElementById('cy');
  if (!container) throw new Error('bench page: #cy missing.');

  // First draw as the explorer does it when positions are known: create Cytoscape, diff the
  // elements in, fit (as the explorer's refit, without animation), until painted.
  const t0 = performance.now();
  const cy: Core = cytoscape({ container, style: graphStylesheet(large), ...coreOptions(large, config.renderer) });
  applyElements(cy, elements, positions);
  fitView(cy, large);
  await painted();
  const firstDrawMs = performance.now() - t0;

  // A filter change as the explorer applies it: the API's answer for the narrower year range is
  // mapped to elements and diffed into the graph (leaving elements go, changed ones are updated),
  // then the view is refitted, until painted.
  const t1 = performance.now();
  const before = cy.elements(':visible').length;
  const narrowed = toElements(withinYears(graph, FILTER_YEARS.from, FILTER_YEARS.to), { sizeBy: 'degree' });
  const applied = applyElements(cy, narrowed, positions);
  refit(cy, isLargeGraph(narrowed.length));
  await painted();
  const filterMs = performance.now() - t1;
  const filterRemoved = before - cy.elements(':visible').length;
  // Back to the whole graph, as when the filter is cleared (small graphs' fit animations ended at once).
  cy.stop(true, true);
  applyElements(cy, elements, positions);
  refit(cy, large);
  cy.stop(true, true);
  await painted();
  if (applied.fullLayout) throw new Error('bench page: the filter change asked for a full layout.');

  // Programmatic panning: move the viewport a little every frame and count the frames managed.
  let frames = 0;
  const panStart = performance.now();
  while (performance.now() - panStart < config.panMs) {
    cy.panBy({ x: 4, y: 2 });
    await frame();
    frames++;
  }
  const panFps = frames / ((performance.now() - panStart) / 1000);

  current = cy;
  return { elements: elements.length, firstDrawMs, filterMs, filterRemoved, panFps, webglContext: webglAvailable() };
}

/** The graph of the last run, kept for the mouse-drag panning and the layout that follow. */
let current: Core | null = null;
let counting: { frames: number; start: number; stop: boolean } | null = null;

/** Counts animation frames until stopFrames(), while playwright drags the mouse (a user's pan). */
function startFrames(): void {
  const state = { frames: 0, start: performance.now(), stop: false };
  counting = state;
  const tick = () => {
    if (state.stop) return;
    state.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): number {
  if (!counting) throw new Error('bench page: stopFrames() without startFrames().');
  counting.stop = true;
  return counting.frames / ((performance.now() - counting.start) / 1000);
}

/** Runs the explorer's layout when asked (fcose, in a worker for large graphs, as the explorer does),
 * until the new positions are painted, then destroys the graph. */
async function finish(layout: boolean): Promise<number | null> {
  const cy = current;
  if (!cy) throw new Error('bench page: finish() without run().');
  let layoutMs: number | null = null;
  if (layout) {
    const t2 = performance.now();
    const running = runLayout(cy, true, isLargeGraph(cy.elements().length));
    if (!(await running.done)) throw new Error('bench page: the layout did not finish.');
    await painted();
    layoutMs = performance.now() - t2;
  }
  cy.destroy();
  current = null;
  return layoutMs;
}

declare global {
  interface Window {
    __bench: {
      run: (config: RunConfig) => Promise<RunResult>;
      startFrames: () => void;
      stopFrames: () => number;
      finish: (layout: boolean) => Promise<number | null>;
      ready: true;
    };
  }
}

window.__bench = { run, startFrames, stopFrames, finish, ready: true };

// In-page measurements for the web benchmark, driven by playwright through window.__bench.run():
// first drawn graph, filter change, fcose layout and frames per second while panning, using the
// explorer's own stylesheet, element mapping and layout options (web/src/graph).
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions } from '../../../../web/src/graph/layout';
import { toElements, type GraphElement } from '../../../../web/src/graph/map-elements';
import { graphStylesheet } from '../../../../web/src/graph/stylesheet';
import { createRng } from '../../../generate/prng';
import { syntheticGraph } from './synthetic-graph';

cytoscape.use(fcose);

/** The explorer's threshold for its large-graph settings (web/src/components/graph-canvas.tsx). */
const LARGE_GRAPH = 3000;

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

function withPositions(elements: GraphElement[], seed: number) {
  const rng = createRng(seed);
  const radius = Math.sqrt(elements.length) * 30;
  return elements.map((el) => {
    if (el.group !== 'nodes') return { group: el.group, data: { ...el.data }, classes: el.classes };
    const r = radius * Math.sqrt(rng.next());
    const a = rng.next() * Math.PI * 2;
    return { group: el.group, data: { ...el.data }, classes: el.classes, position: { x: r * Math.cos(a), y: r * Math.sin(a) } };
  });
}

async function run(config: RunConfig): Promise<RunResult> {
  const graph = syntheticGraph(config.nodes, config.edges, config.seed);
  const elements = toElements(graph, { sizeBy: 'degree' });
  const large = elements.length > LARGE_GRAPH;
  const container = document.getElementById('cy');
  if (!container) throw new Error('bench page: #cy missing.');

  const t0 = performance.now();
  const cy: Core = cytoscape({
    container,
    elements: withPositions(elements, config.seed),
    layout: { name: 'preset' },
    style: graphStylesheet(large),
    minZoom: 0.05,
    maxZoom: 5,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    boxSelectionEnabled: false,
    ...(config.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions);
  cy.fit(undefined, 40);
  await painted();
  const firstDrawMs = performance.now() - t0;

  // A filter change as the explorer applies it: edges outside the new year range leave the graph.
  const t1 = performance.now();
  const leaving = cy.edges().filter((e) => !(e.data('years') as number[]).some((y) => y >= 2020 && y <= 2022));
  cy.batch(() => leaving.remove());
  await painted();
  const filterMs = performance.now() - t1;
  cy.batch(() => leaving.restore());
  await painted();

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
  return { elements: elements.length, firstDrawMs, filterMs, filterRemoved: leaving.length, panFps, webglContext: webglAvailable() };
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

/** Runs the explorer's fcose layout when asked, then destroys the graph. */
async function finish(layout: boolean): Promise<number | null> {
  const cy = current;
  if (!cy) throw new Error('bench page: finish() without run().');
  let layoutMs: number | null = null;
  if (layout) {
    const t2 = performance.now();
    await new Promise<void>((resolve) => {
      const l = cy.layout({ ...fcoseOptions(cy.nodes().length, true), animate: false } as never);
      l.one('layoutstop', () => resolve());
      l.run();
    });
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

// Stage 4, web: in headless Chromium (playwright-core), time to first drawn graph, filter change,
// fcose layout and panning frames per second, with Cytoscape's canvas and WebGL renderers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { summarize, type Summary } from '../../report/stats';
import type { RunConfig, RunResult } from './page/main';
import { serveDirectory } from './static-server';

export interface WebSize {
  nodes: number;
  edges: number;
}

export const DEFAULT_WEB_SIZES: WebSize[] = [
  { nodes: 100, edges: 400 },
  { nodes: 400, edges: 1600 },
  { nodes: 2000, edges: 8000 },
  { nodes: 2000, edges: 10000 },
];

export interface WebStageOptions {
  sizes: WebSize[];
  repeats: number;
  panMs: number;
  seed: number;
  chromiumPath: string;
  log: (message: string) => void;
}

export interface WebRun {
  nodes: number;
  edges: number;
  elements: number;
  renderer: 'canvas' | 'webgl';
  firstDrawMs: Summary;
  filterMs: Summary;
  filterRemoved: number;
  layoutMs: Summary | null;
  panFps: Summary;
  /** Frames per second while the mouse drags the background: the user's pan, where the explorer's
   * large-graph settings (textures and hidden edges while the viewport moves) apply. */
  dragFps: Summary;
  webglContext: boolean;
}

export interface WebStageResult {
  chromium: string;
  viewport: string;
  runs: WebRun[];
}

const PAGE_ROOT = path.join(import.meta.dirname, 'page');

async function buildPage(outDir: string): Promise<void> {
  await build({
    root: PAGE_ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

/** Playwright passes --user-data-dir itself for a persistent context (a fresh mkdtemp here). */
async function launch(chromiumPath: string, userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Without a GPU, WebGL comes from SwiftShader (software); Chromium only allows it when asked.
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Drags the mouse from the empty top-left margin in circles for `ms`, counting frames in-page. */
async function dragPan(page: Page, ms: number): Promise<number> {
  await page.evaluate(() => window.__bench.startFrames());
  await page.mouse.move(12, 12);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) await page.mouse.move(212 + 200 * Math.sin(i / 15), 212 - 200 * Math.cos(i / 15));
  await page.mouse.up();
  return page.evaluate(() => window.__bench.stopFrames());
}

function chromiumVersion(executable: string): string {
  const out = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  return out.stdout.trim() || 'unknown';
}

export async function runWebStage(options: WebStageOptions): Promise<WebStageResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'actorscope-bench-web-'));
  const outDir = path.join(tmp, 'dist');
  const userDataDir = path.join(tmp, 'profile');
  fs.mkdirSync(userDataDir);
  options.log('web: building the benchmark page with Vite');
  await buildPage(outDir);
  const server = await serveDirectory(outDir);
  const context = await launch(options.chromiumPath, userDataDir);
  const runs: WebRun[] = [];
  try {
    // Pages are blocked from the network except the local page server.
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    for (const size of options.sizes) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        const results: Array<RunResult & { dragFps: number; layoutMs: number | null }> = [];
        for (let r = 0; r < options.repeats; r++) {
          // A fresh page per run, so no run inherits another's heap or GPU state.
          const page = await context.newPage();
          await page.goto(server.url);
          await page.waitForFunction(() => window.__bench?.ready === true);
          const config: RunConfig = { ...size, renderer, panMs: options.panMs, seed: options.seed };
          const drawn = await page.evaluate((c) => window.__bench.run(c), config);
          const dragFps = await dragPan(page, options.panMs);
          const layoutMs = await page.evaluate((layout) => window.__bench.finish(layout), renderer === 'canvas');
          results.push({ ...drawn, dragFps, layoutMs });
          await page.close();
        }
        const first = results[0] as RunResult;
        const layouts = results.map((x) => x.layoutMs).filter((x): x is number => x !== null);
        const run: WebRun = {
          ...size,
          elements: first.elements,
          renderer,
          firstDrawMs: summarize(results.map((x) => x.firstDrawMs)),
          filterMs: summarize(results.map((x) => x.filterMs)),
          filterRemoved: first.filterRemoved,
          layoutMs: layouts.length > 0 ? summarize(layouts) : null,
          panFps: summarize(results.map((x) => x.panFps)),
          dragFps: summarize(results.map((x) => x.dragFps)),
          webglContext: first.webglContext,
        };
        options.log(
          `web: ${size.nodes}/${size.edges} ${renderer}: first draw ${run.firstDrawMs.median.toFixed(0)} ms, filter ${run.filterMs.median.toFixed(0)} ms, ` +
            `pan ${run.panFps.median.toFixed(1)} fps, drag ${run.dragFps.median.toFixed(1)} fps${run.layoutMs ? `, fcose ${run.layoutMs.median.toFixed(0)} ms` : ''}`,
        );
        runs.push(run);
      }
    }
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { chromium: chromiumVersion(options.chromiumPath), viewport: '1280×800', runs };
}

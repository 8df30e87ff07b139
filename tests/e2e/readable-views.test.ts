// Issue 13 in Chromium, on the real product (scripts/start.ts with the seeds): search finds what
// analysts type, labels are short and never collide, the same view opens with the same positions,
// the explorer works at 1024×700, the player skips empty years, undated claims are counted and can
// be included, counts say what they count, a table-only saved query keeps the canvas, the PNG has a
// legend, and the analysis tools (pair chart, key actors, communities) work.
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GraphResponse, SavedQueryListResponse, StatsResponse, TimelineResponse } from '../../shared/api';
import { screenshot } from './support/browser';
import { useExplorerApp } from './support/explorer-app';
import { clickableEdge, settledPositions, waitForGraph } from './support/graph-page';

const TOKEN = 'e2e-token-13';
const e2e = useExplorerApp({ env: { API_TOKEN: TOKEN }, storedToken: TOKEN });

async function options(p: Page): Promise<string[]> {
  return p.getByTestId('actor-search').getByRole('option').allTextContents();
}

async function search(p: Page, text: string): Promise<void> {
  const box = p.getByTestId('actor-search').getByRole('combobox');
  await box.fill('');
  await box.fill(text);
}

describe('search finds what analysts type', () => {
  it('finds capitals the extractor maps (Islamabad, Kabul), ranks exact acronyms first, and says when nothing matches', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await search(e2e.page, 'Islamabad');
    await expect.poll(() => options(e2e.page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Pakistan\s*\(Islamabad\)/)]));
    await search(e2e.page, 'Kabul');
    await expect.poll(async () => (await options(e2e.page)).slice(0, 2).map((o) => o.replace(/\s*\(.*$/, '')).sort()).toEqual(['Afghanistan', 'Taliban']);
    await search(e2e.page, 'CIA');
    await expect.poll(async () => (await options(e2e.page))[0] ?? '').toMatch(/^Central Intelligence Agency/);
    await search(e2e.page, 'zzqxv');
    await e2e.page.getByTestId('actor-search-empty').waitFor();
    expect(await e2e.page.getByTestId('actor-search-empty').textContent()).toContain('No actor matches “zzqxv”');
    await search(e2e.page, 'Islamabad');
    await e2e.page.getByRole('option', { name: /Pakistan/ }).first().waitFor();
    await e2e.page.getByTestId('actor-search').getByRole('combobox').press('Enter');
    expect((await waitForGraph(e2e.page, 'actors=pakistan')).nodes).toContain('pakistan');
  });

  it('a saved-query parameter that is an actor gets the same typeahead', async () => {
    await e2e.page.goto(e2e.url + '/?panel=queries&q=leaders-and-members');
    await waitForGraph(e2e.page);
    const field = e2e.page.getByTestId('param-actor').getByRole('combobox');
    await field.fill('Islamabad');
    await e2e.page.getByTestId('param-actor').getByRole('option', { name: /Pakistan/ }).first().click();
    await expect.poll(() => e2e.page.getByTestId('param-actor-value').textContent()).toBe('id: pakistan');
    await expect.poll(() => e2e.page.evaluate(() => new URLSearchParams(location.search).get('p.actor'))).toBe('pakistan');
    expect(await field.inputValue()).toBe('Pakistan');
  });
});

describe('readable and stable', () => {
  it('draws short labels (ISKP, CIA), the full name on hover, and no two shown labels overlap', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await settledPositions(e2e.page, 300);
    const labels = await e2e.page.evaluate(() => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      return Object.fromEntries(cy.nodes().map((n) => [n.id(), { short: n.data('shortLabel') as string, full: n.data('label') as string }]));
    });
    expect(labels.iskp).toEqual({ short: 'ISKP', full: 'Islamic State Khorasan Province' });
    expect(labels.cia?.short).toBe('CIA');
    for (const [id, l] of Object.entries(labels)) expect(l.short.length, id).toBeLessThanOrEqual(18);
    const overlaps = await e2e.page.evaluate(() => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      const boxes = cy.nodes().filter((n) => !n.hasClass('label-hidden')).map((n) => ({ id: n.id(), b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never) }));
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const c = boxes[j]!.b;
          if (a.w > 0 && c.w > 0 && a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    const hover = await e2e.page.evaluate(() => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      const n = cy.getElementById('iskp');
      n.addClass('hovered');
      const shown = n.style('label');
      n.removeClass('hovered');
      return { shown, plain: n.style('label') };
    });
    expect(hover).toEqual({ shown: 'Islamic State Khorasan Province', plain: 'ISKP' });
    await screenshot(e2e.page, '13-labels');
  });

  it('caps the zoom of a small graph', async () => {
    await e2e.page.goto(e2e.url + '/?actor=william-burns');
    const g = await waitForGraph(e2e.page, 'actors=william-burns');
    expect(g.nodes.length).toBeLessThan(8);
    await settledPositions(e2e.page, 300);
    expect(await e2e.page.evaluate(() => (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy.zoom())).toBeLessThanOrEqual(1.4 + 1e-9);
  });

  it('opens the same view with the same positions (reload and a shared link in a new page)', async () => {
    const url = e2e.url + '/?from=2021&to=2025&negated=0';
    await e2e.page.goto(url);
    await waitForGraph(e2e.page, 'yearFrom=2021');
    const first = await settledPositions(e2e.page, 300);
    expect(Object.keys(first).length).toBeGreaterThan(5);
    await e2e.page.reload();
    await waitForGraph(e2e.page, 'yearFrom=2021');
    expect(await settledPositions(e2e.page, 300)).toEqual(first);
    const other = await e2e.browser.context.newPage();
    try {
      await other.goto(url);
      await waitForGraph(other, 'yearFrom=2021');
      expect(await settledPositions(other, 300)).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('is usable at 1024×700: wide canvas re-fitted on resize, one-line top bar, a small legend, filters in a drawer', async () => {
    await e2e.page.setViewportSize({ width: 1280, height: 800 });
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await settledPositions(e2e.page, 300);
    await e2e.page.setViewportSize({ width: 1024, height: 700 });
    const layout = async () => e2e.page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      const canvas = box('[data-testid=graph]');
      const outside = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > canvas.width || p.y > canvas.height;
      }).length;
      const top = document.querySelector<HTMLElement>('.topbar')!;
      const lastButton = [...top.querySelectorAll('button, summary')].map((b) => b.getBoundingClientRect().right).reduce((a, b) => Math.max(a, b), 0);
      return { canvasWidth: canvas.width, canvasHeight: canvas.height, outside, topHeight: top.getBoundingClientRect().height, topScroll: top.scrollHeight, lastButton, legend: box('[data-testid=legend]').height, stage: box('.stage').height };
    });
    await expect.poll(async () => (await layout()).outside).toBe(0);
    const l = await layout();
    expect(l.canvasWidth).toBeGreaterThanOrEqual(640);
    expect(l.topHeight).toBeLessThanOrEqual(50);
    expect(l.topScroll).toBeLessThanOrEqual(50);
    expect(l.lastButton).toBeLessThanOrEqual(1024);
    expect(l.legend).toBeLessThanOrEqual(l.stage * 0.2);
    await e2e.page.getByTestId('filters-toggle').click();
    await e2e.page.getByTestId('filters').getByTestId('year-range').waitFor();
    await screenshot(e2e.page, '13-1024x700');
    await e2e.page.getByTestId('filters-toggle').click();
    await e2e.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('the player skips years without claims', async () => {
    const stats = await e2e.getJson<StatsResponse>('/api/stats');
    const years = stats.byYear.filter((b) => b.count > 0).map((b) => b.year);
    const span = years[years.length - 1]! - years[0]! + 1;
    expect(span, 'the seeds have years without claims').toBeGreaterThan(years.length);
    await e2e.page.goto(e2e.url + `/?frame=${years[0]}`);
    await waitForGraph(e2e.page, `yearTo=${years[0]}`);
    expect(await e2e.page.getByTestId('player-skips').textContent()).toBe(`${years.length} of ${span} years have claims`);
    for (const year of years.slice(1, 4)) {
      await e2e.page.getByRole('button', { name: 'Next year' }).click();
      await waitForGraph(e2e.page, `yearTo=${year}`);
      expect(await e2e.page.getByTestId('frame-year').textContent()).toBe(String(year));
    }
  });

  it('says how many claims have no year and lets the user include them', async () => {
    const stats = await e2e.getJson<StatsResponse>('/api/stats');
    expect(stats.undated.event, 'the seeds have undated claims').toBeGreaterThan(0);
    await e2e.page.goto(e2e.url + '/?from=2021&to=2021');
    await waitForGraph(e2e.page, 'yearFrom=2021');
    expect(await e2e.page.getByTestId('undated-count').textContent()).toBe(String(stats.undated.event));
    await e2e.page.getByTestId('include-undated').check();
    const withUndated = await waitForGraph(e2e.page, 'includeUndated=true');
    const api = await e2e.getJson<GraphResponse>('/api/graph?yearFrom=2021&yearTo=2021&includeUndated=true&includeNegated=true&limit=10000');
    expect(withUndated.edges.length).toBe(api.edges.length);
    expect(await e2e.page.evaluate(() => new URLSearchParams(location.search).get('undated'))).toBe('1');
  });

  it('every count says what it counts', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    expect(await e2e.page.getByTestId('counts').textContent()).toMatch(/^Shown: \d+ actors · \d+ relations · \d+ claims$/);
    expect(await e2e.page.getByTestId('database-totals').textContent()).toMatch(/^In the database, whatever the filters: \d+ actors/);
    const stats = await e2e.getJson<StatsResponse>('/api/stats');
    expect(stats.byActorType.reduce((n, b) => n + b.count, 0)).toBeLessThanOrEqual(stats.totals.actors);
    expect(await e2e.page.getByTestId('filters').locator('h2 .h2-note').allTextContents()).toEqual(['claims', 'actors', 'claims']);
  });

  it('a saved query that returns only a table keeps the canvas and the header, and shows the table at the top', async () => {
    const created = await fetch(e2e.url + '/api/queries', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ id: 'e2e-table-only', name: 'E2E table only', cypher: 'MATCH (a:Actor) RETURN a.name AS name, a.type AS type ORDER BY name LIMIT 40' }),
    });
    expect(created.status).toBe(201);
    await e2e.page.goto(e2e.url + '/?panel=queries&q=e2e-table-only');
    const before = await waitForGraph(e2e.page);
    const counts = await e2e.page.getByTestId('counts').textContent();
    await e2e.page.getByTestId('run-query').click();
    await e2e.page.getByTestId('query-table-banner').waitFor();
    await expect.poll(() => e2e.page.locator('[data-testid=query-table] tbody tr').count()).toBe(40);
    // The canvas may redraw once the banner takes its place above it: what it settles on is the network.
    await expect.poll(() => e2e.page.getByTestId('graph').getAttribute('data-nodes'), { timeout: 15_000 }).toBe(String(before.nodes.length));
    expect(await e2e.page.getByTestId('counts').textContent()).toBe(counts);
    const visible = await e2e.page.getByTestId('query-result').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight - 100;
    });
    expect(visible).toBe(true);
  });

  it('the Cypher editor shows why a writing query is not saved, and nothing is stored', async () => {
    await e2e.page.goto(e2e.url + '/?panel=queries');
    await waitForGraph(e2e.page);
    await e2e.page.getByRole('button', { name: '+ New' }).click();
    const editor = e2e.page.getByTestId('query-editor');
    await editor.getByLabel('Name', { exact: true }).fill('E2E writer');
    await e2e.page.getByTestId('cypher-editor').fill('MATCH (a:Actor) SET a.hacked = true RETURN a');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await editor.getByRole('alert').allTextContents()).join(' ')).toMatch(/`cypher`.*read-only/);
    const { queries } = await e2e.getJson<SavedQueryListResponse>('/api/queries');
    expect(queries.some((q) => q.name === 'E2E writer')).toBe(false);
  });

  it('the PNG export has a legend under the graph', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await settledPositions(e2e.page, 300);
    const graphHeight = await e2e.page.evaluate(async () => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      const uri = cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 7000 }) as unknown as string;
      const img = new Image();
      img.src = uri;
      await img.decode();
      return img.height;
    });
    const menu = e2e.page.getByTestId('export-menu');
    await menu.locator('summary').click();
    const [file] = await Promise.all([e2e.page.waitForEvent('download'), e2e.page.getByTestId('export-png').click()]);
    const png = fs.readFileSync((await file.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const height = png.readUInt32BE(20);
    expect(height - graphHeight).toBeGreaterThan(100);
    // The legend area is drawn: pixels there are not all white (checked in the page from the file).
    const inked = await e2e.page.evaluate(async ({ data, top }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, top, img.width, img.height - top).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) n++;
      return n;
    }, { data: png.toString('base64'), top: graphHeight + 2 });
    expect(inked).toBeGreaterThan(500);
  });
});

describe('analysis', () => {
  it('opens a cooperation–conflict chart of the pair from an edge', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await settledPositions(e2e.page, 300);
    const edge = await clickableEdge(e2e.page);
    const [source, , target] = edge.id.split('|');
    await e2e.page.mouse.click(edge.x, edge.y);
    await e2e.page.getByTestId('edge-details').waitFor();
    const request = e2e.page.waitForRequest((r) => r.url().includes('/api/timeline') && r.url().includes(`actors=${encodeURIComponent(`${source},${target}`)}`));
    await e2e.page.getByTestId('pair-chart-open').click();
    await request;
    const timeline = await e2e.getJson<TimelineResponse>(`/api/timeline?actors=${source},${target}&includeNegated=true`);
    // One bar group per dated year of the pair; a pair with only undated claims says so.
    if (timeline.years.length > 0) {
      await e2e.page.getByTestId('pair-chart').getByTestId('actor-chart').waitFor();
      expect(await e2e.page.getByTestId('pair-chart').locator('svg g').count()).toBe(timeline.years.length);
    } else {
      await e2e.page.getByTestId('pair-chart').getByTestId('actor-chart-empty').waitFor();
    }
    await screenshot(e2e.page, '13-pair-chart');
  });

  it('ranks key actors for the current filters and colours communities on demand', async () => {
    await e2e.page.goto(e2e.url + '/?panel=analysis');
    const g = await waitForGraph(e2e.page);
    const rows = e2e.page.getByTestId('key-actor');
    await expect.poll(() => rows.count()).toBe(Math.min(20, g.nodes.length));
    await e2e.page.getByTestId('key-measure').selectOption('degree');
    const top = (await rows.first().locator('td').nth(1).textContent())!;
    const degree = new Map<string, number>();
    for (const e of g.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const best = Math.max(...degree.values());
    const topId = await e2e.page.evaluate((label) => (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy.nodes().filter((n) => n.data('label') === label).first().id(), top);
    expect(degree.get(topId)).toBe(best);
    const typeColours = await e2e.page.evaluate(() => (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy.nodes().map((n) => n.data('color') as string));
    await e2e.page.getByTestId('colour-communities').check();
    await e2e.page.getByTestId('communities').waitFor();
    await expect.poll(() => e2e.page.evaluate(() => (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy.nodes().filter((n) => n.data('community') !== undefined).length)).toBe(g.nodes.length);
    const communityColours = await e2e.page.evaluate(() => (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy.nodes().map((n) => n.data('color') as string));
    expect(communityColours).not.toEqual(typeColours);
    expect(await e2e.page.evaluate(() => new URLSearchParams(location.search).get('communities'))).toBe('1');
    await screenshot(e2e.page, '13-communities');
  });
});

// End to end: the real product (scripts/start.ts: Neo4j + seeds + API + built web app) in Debian's
// Chromium at 1280×800. Screenshots go to test-artifacts/e2e/ (git-ignored).
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClaimListResponse, SavedQueryListResponse, StatsResponse } from '../../shared/api';
import { screenshot } from './support/browser';
import { useExplorerApp } from './support/explorer-app';
import { clickableEdge, settledPositions, snapshot, waitForGraph, type GraphSnapshot } from './support/graph-page';

const TOKEN = 'e2e-token';
const e2e = useExplorerApp({ env: { API_TOKEN: TOKEN } });
let initial: GraphSnapshot;

describe('explorer on the seed articles', () => {
  it('shows the expected actors of the seeds', async () => {
    await e2e.page.goto(e2e.url + '/');
    initial = await waitForGraph(e2e.page, 'includeNegated=true');
    for (const actor of ['united-states', 'pakistan', 'taliban']) expect(initial.nodes).toContain(actor);
    const api = await e2e.getJson<{ nodes: unknown[]; edges: unknown[] }>('/api/graph?includeNegated=true&limit=10000');
    expect(initial.nodes).toHaveLength(api.nodes.length);
    expect(initial.edges).toHaveLength(api.edges.length);
    await expect.poll(() => e2e.page.getByTestId('legend').isVisible()).toBe(true);
    await screenshot(e2e.page, '01-initial');
  });

  it('narrowing the year range to 2021 removes the 2024–2025 edges', async () => {
    const late = initial.edges.filter((e) => e.years.length > 0 && e.years.every((y) => y >= 2024));
    expect(late.length, 'the seeds have relations dated 2024–2025').toBeGreaterThan(0);
    await e2e.page.getByTestId('year-to').fill('2021');
    await e2e.page.getByTestId('year-from').fill('2021');
    const narrowed = await waitForGraph(e2e.page, 'yearFrom=2021', 'yearTo=2021');
    expect(narrowed.edges.length).toBeGreaterThan(0);
    const ids = new Set(narrowed.edges.map((e) => e.id));
    for (const e of late) expect(ids.has(e.id), `${e.id} (${e.years}) should be gone`).toBe(false);
    for (const e of narrowed.edges) expect(e.years.every((y) => y === 2021), `${e.id}: ${e.years}`).toBe(true);
    expect(e2e.page.url()).toContain('from=2021');
    await screenshot(e2e.page, '02-year-2021');
  });

  it('choosing one source leaves only its claims', async () => {
    await e2e.page.getByTestId('year-from').fill('1900');
    await e2e.page.getByTestId('year-to').fill('2100');
    await waitForGraph(e2e.page);
    const stats = await e2e.getJson<StatsResponse>('/api/stats');
    const source = [...stats.bySource].sort((a, b) => b.count - a.count)[0]!;
    await e2e.page.getByTestId(`source-${source.key}`).check();
    const only = await waitForGraph(e2e.page, `sources=${encodeURIComponent(source.key)}`);
    expect(only.edges.length).toBeGreaterThan(0);
    for (const e of only.edges) expect(e.documentCount).toBe(1);
    const claims = await e2e.getJson<ClaimListResponse>(`/api/claims?sources=${encodeURIComponent(source.key)}&includeNegated=true&limit=1000`);
    expect(claims.claims.every((c) => c.doc === source.key)).toBe(true);
    await screenshot(e2e.page, '03-one-source');
  });

  it('clicking an edge shows its sentence', async () => {
    await waitForGraph(e2e.page);
    // The target is taken from the drawn positions; on a busy machine the view may still be fitting
    // when they are read, so a click that lands beside the edge is retried on fresh positions.
    for (let attempt = 0; ; attempt++) {
      const target = await clickableEdge(e2e.page);
      expect(target.id).not.toBe('');
      await e2e.page.mouse.click(target.x, target.y);
      const shown = await e2e.page.getByTestId('edge-details').waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 2) throw new Error(`clicking edge ${target.id} at (${target.x}, ${target.y}) showed no edge details, three times`);
    }
    const selected = decodeURIComponent(new URL(e2e.page.url()).searchParams.get('sel') ?? '');
    expect(selected).toMatch(/^edge:/);
    const [source, type, targetId] = selected.slice('edge:'.length).split('|');
    const sentences = e2e.page.getByTestId('claim-sentence');
    await expect.poll(() => sentences.count()).toBeGreaterThan(0);
    const shown = (await sentences.allTextContents()).map((s) => s.trim());
    const source0 = new URL(e2e.page.url()).searchParams.get('source')!;
    const api = await e2e.getJson<ClaimListResponse>(
      `/api/claims?source=${source}&target=${targetId}&type=${type}&sources=${encodeURIComponent(source0)}&includeNegated=true&timeAxis=event&limit=200`,
    );
    expect(shown.sort()).toEqual(api.claims.map((c) => c.sentence.trim()).sort());
    await screenshot(e2e.page, '04-edge-evidence');
  });

  it('a reloaded URL restores the view', async () => {
    const before = await snapshot(e2e.page);
    const url = e2e.page.url();
    await e2e.page.reload();
    const after = await waitForGraph(e2e.page, before.query.split('#')[0]!);
    expect(e2e.page.url()).toBe(url);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges.map((e) => e.id).sort()).toEqual(before.edges.map((e) => e.id).sort());
    await e2e.page.getByTestId('edge-details').waitFor();
    const source = new URL(url).searchParams.get('source')!;
    expect(await e2e.page.getByTestId(`source-${source}`).isChecked()).toBe(true);
    await screenshot(e2e.page, '05-reloaded');
  });

  it('exports the current view as PNG, GraphML, GEXF and JSON', async () => {
    const view = await snapshot(e2e.page);
    const download = async (trigger: () => Promise<void>) => {
      const [file] = await Promise.all([e2e.page.waitForEvent('download'), trigger()]);
      return fs.readFileSync((await file.path())!);
    };
    const menu = e2e.page.getByTestId('export-menu');
    await menu.locator('summary').click();
    const png = await download(() => menu.getByRole('menuitem', { name: 'PNG image' }).click());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    const graphml = (await download(() => e2e.page.getByTestId('export-graphml').click())).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<node /g)?.length).toBe(view.nodes.length);
    expect(graphml.match(/<edge /g)?.length).toBe(view.edges.length);
    const gexf = (await download(() => e2e.page.getByTestId('export-gexf').click())).toString('utf8');
    expect(gexf).toContain('<gexf');
    const json = JSON.parse((await download(() => e2e.page.getByTestId('export-json').click())).toString('utf8')) as { nodes?: unknown[]; elements?: { nodes: unknown[] } };
    expect((json.nodes ?? json.elements?.nodes ?? []).length).toBe(view.nodes.length);
  });

  it('a saved query runs and shows its results', async () => {
    const { queries } = await e2e.getJson<SavedQueryListResponse>('/api/queries');
    const runnable = queries.find((q) => q.params.every((p) => !p.required || (p.default !== undefined && p.default !== null)));
    expect(runnable, 'a saved query that runs with its defaults').toBeDefined();
    await e2e.page.goto(e2e.url + '/?panel=queries');
    await waitForGraph(e2e.page);
    await e2e.page.getByTestId(`query-${runnable!.id}`).click();
    // Running needs the API token: the app asks for it once and keeps it in localStorage.
    await e2e.page.getByTestId('run-query').click();
    await e2e.page.getByTestId('settings-dialog').waitFor();
    await e2e.page.getByTestId('token-input').fill(TOKEN);
    await e2e.page.getByTestId('token-input').press('Enter');
    await e2e.page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
    expect(await e2e.page.evaluate(() => localStorage.getItem('actorscope.apiToken'))).toBe(TOKEN);
    await e2e.page.getByTestId('run-query').click();
    const result = e2e.page.getByTestId('query-result');
    await result.waitFor({ timeout: 30_000 });
    await expect.poll(() => e2e.page.locator('[data-testid=query-table] tbody tr').count()).toBeGreaterThan(0);
    await e2e.page.getByTestId('query-banner').waitFor();
    await screenshot(e2e.page, '06-saved-query');
  });

  it('creates, edits and deletes a saved query in the Cypher editor', async () => {
    await e2e.page.goto(e2e.url + '/?panel=queries');
    await waitForGraph(e2e.page);
    await e2e.page.getByRole('button', { name: '+ New' }).click();
    const editor = e2e.page.getByTestId('query-editor');
    await editor.getByLabel('Name', { exact: true }).fill('E2E neighbours');
    await e2e.page.getByTestId('cypher-editor').fill('MATCH (a:Actor {id: $actor})-[r]-(b:Actor) RETURN a.name AS actor, type(r) AS relation, b.name AS other, a, r, b LIMIT 50');
    expect(await editor.locator('.cy-keyword').allTextContents()).toEqual(expect.arrayContaining(['MATCH', 'RETURN', 'AS', 'LIMIT']));
    expect(await editor.locator('.cy-param').allTextContents()).toEqual(['$actor']);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    const { queries } = await e2e.getJson<SavedQueryListResponse>('/api/queries');
    const created = queries.find((q) => q.name === 'E2E neighbours');
    expect(created?.params.map((p) => p.name)).toEqual(['actor']);
    await e2e.page.getByTestId('run-query').click();
    await expect.poll(() => e2e.page.locator('[data-testid=query-table] tbody tr').count()).toBeGreaterThan(0);
    expect(await e2e.page.locator('[data-testid=query-table] thead th').allTextContents()).toEqual(expect.arrayContaining(['actor', 'relation', 'other']));

    await e2e.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await editor.getByLabel('Name', { exact: true }).fill('E2E neighbours (edited)');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await e2e.page.getByTestId(`query-${created!.id}`).filter({ hasText: 'E2E neighbours (edited)' }).waitFor();

    e2e.page.once('dialog', (dialog) => void dialog.accept());
    await e2e.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await editor.getByRole('button', { name: 'Delete', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await e2e.page.getByTestId('queries-panel').getByRole('listbox').waitFor();
    await expect.poll(() => e2e.page.getByTestId(`query-${created!.id}`).count()).toBe(0);
    const after = await e2e.getJson<SavedQueryListResponse>('/api/queries');
    expect(after.queries.some((q) => q.id === created!.id)).toBe(false);
  });

  it('search focuses an actor\'s neighbourhood', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    const search = e2e.page.getByTestId('actor-search').getByRole('combobox');
    await search.fill('Pakist');
    await e2e.page.getByRole('option', { name: /Pakistan/ }).first().waitFor();
    await search.press('Enter');
    const focused = await waitForGraph(e2e.page, 'actors=pakistan');
    expect(focused.nodes).toContain('pakistan');
    // Depth 1: every relation touches Pakistan or runs between two of its neighbours.
    const hood = new Set(focused.edges.flatMap((e) => (e.source === 'pakistan' || e.target === 'pakistan' ? [e.source, e.target] : [])));
    for (const n of focused.nodes) expect(hood.has(n), `${n} is a neighbour of pakistan`).toBe(true);
    expect(focused.nodes.length).toBeLessThan(initial.nodes.length);
    await e2e.page.getByTestId('actor-details').waitFor();
    await screenshot(e2e.page, '07-focus-pakistan');
  });

  it('reaches the search and the canvas by keyboard', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await e2e.page.keyboard.press('/');
    expect(await e2e.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await e2e.page.getByTestId('graph').focus();
    await e2e.page.keyboard.press('ArrowRight');
    await e2e.page.getByTestId('actor-details').waitFor();
    const selected = new URL(e2e.page.url()).searchParams.get('sel') ?? '';
    const mostConnected = await e2e.page.evaluate(() => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      const max = Math.max(...cy.nodes().map((n) => n.degree(false)));
      return cy.nodes().filter((n) => n.degree(false) === max).map((n) => `node:${n.id()}`);
    });
    expect(mostConnected).toContain(selected);
  });

  it('highlights the shortest path between two actors', async () => {
    // Paths follow asserted claims only: pick two actors two asserted hops apart.
    const asserted = initial.edges.filter((e) => e.assertedCount > 0);
    const linked = new Set(asserted.map((e) => [e.source, e.target].sort().join('~')));
    const neighbours = (id: string) => asserted.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
    let pair: [string, string] | null = null;
    for (const a of initial.nodes) {
      for (const b of neighbours(a)) {
        const c = neighbours(b).find((x) => x !== a && !linked.has([a, x].sort().join('~')));
        if (c) pair = [a, c];
        if (pair) break;
      }
      if (pair) break;
    }
    expect(pair, 'two actors two hops apart').not.toBeNull();
    await e2e.page.goto(`${e2e.url}/?panel=paths&pathFrom=${encodeURIComponent(pair![0])}&pathTo=${encodeURIComponent(pair![1])}`);
    await waitForGraph(e2e.page, '+paths');
    await e2e.page.getByTestId('path-list').waitFor();
    expect(await e2e.page.getByTestId('path-list').textContent()).toContain('2 hops');
    const onPath = await e2e.page.evaluate(() => {
      const cy = (window as unknown as { __actorscope: { cy: Core } }).__actorscope.cy;
      return { nodes: cy.nodes('.path').map((n) => n.id()), edges: cy.edges('.path').length, dimmed: cy.elements('.dim').length };
    });
    expect(onPath.nodes).toEqual(expect.arrayContaining(pair!));
    expect(onPath.edges).toBeGreaterThanOrEqual(2);
    expect(onPath.dimmed).toBeGreaterThan(0);
    await screenshot(e2e.page, '08-path');
  });

  it('the player steps through the years, each frame holding only claims up to its year', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await e2e.page.getByTestId('play').click();
    await e2e.page.waitForFunction(() => /frame=\d{4}/.test(window.location.search), null, { timeout: 30_000 });
    await e2e.page.getByTestId('play').click(); // pause, so the frame cannot move while it is checked
    const frame = Number(new URL(e2e.page.url()).searchParams.get('frame'));
    const shown = await waitForGraph(e2e.page, `yearTo=${frame}`);
    expect(shown.edges.length).toBeGreaterThan(0);
    for (const e of shown.edges) expect(e.years.every((y) => y <= frame), `${e.id}: ${e.years} after ${frame}`).toBe(true);
    // Stepping forward keeps every actor already drawn where it was.
    const before = await settledPositions(e2e.page, 500);
    const last = Number(await e2e.page.getByRole('slider', { name: 'Frame year' }).getAttribute('max'));
    expect(frame).toBeLessThan(last);
    // The next frame is the next year with claims: the player skips the empty ones.
    const stats = await e2e.getJson<StatsResponse>('/api/stats');
    const next = stats.byYear.filter((b) => b.count > 0 && b.year > frame).map((b) => b.year).sort((x, y) => x - y)[0]!;
    await e2e.page.getByRole('button', { name: 'Next year' }).click();
    await waitForGraph(e2e.page, `yearTo=${next}`);
    const after = await settledPositions(e2e.page, 500);
    for (const [id, p] of Object.entries(before)) if (after[id]) expect(after[id], id).toEqual(p);
    await screenshot(e2e.page, '08-player');
  });

  it('an uploaded article is processed and its claims appear', async () => {
    await e2e.page.goto(e2e.url + '/?panel=upload');
    await waitForGraph(e2e.page);
    const panel = e2e.page.getByTestId('upload-panel');
    await panel.getByLabel(/paste the text/).fill('The United States attacked ISIS-K in Kabul in 2022. Pakistan met with the Taliban in Islamabad in 2023.');
    await panel.getByLabel('Title').fill('E2E upload');
    await panel.getByLabel('Publisher').fill('E2E Wire');
    await panel.getByRole('button', { name: 'Upload' }).click();
    const status = e2e.page.getByTestId('upload-status');
    await e2e.page.waitForFunction(() => /: (done|failed)/.test(document.querySelector('[data-testid=upload-status]')?.textContent ?? ''), null, { timeout: 45_000 });
    expect(await status.textContent()).toMatch(/done · [1-9]\d* claims/);
    const docId = (await status.locator('b').textContent())!;
    await status.getByRole('button', { name: /Show only its claims/ }).click();
    const only = await waitForGraph(e2e.page, `sources=${encodeURIComponent(docId)}`);
    expect(only.edges.length).toBeGreaterThan(0);
    for (const e of only.edges) expect(e.documentCount).toBe(1);
    const uploaded = await e2e.getJson<ClaimListResponse>(`/api/claims?sources=${encodeURIComponent(docId)}&includeNegated=true&limit=1000`);
    expect(uploaded.claims.length).toBeGreaterThan(0);
    expect(uploaded.claims.every((c) => c.doc === docId)).toBe(true);
    expect(only.nodes).toContain('united-states');
    await screenshot(e2e.page, '09-uploaded');
  });

  it('shows the empty state when no claims match these filters', async () => {
    await e2e.page.goto(e2e.url + '/?minSources=50');
    await e2e.page.getByTestId('graph-empty').waitFor();
    expect(await e2e.page.getByTestId('graph-empty').textContent()).toContain('No claims match these filters');
    await screenshot(e2e.page, '10-empty');
  });

  it('shows the error state when the server goes down', async () => {
    await e2e.page.goto(e2e.url + '/');
    await waitForGraph(e2e.page);
    await e2e.app.stop();
    await e2e.page.getByTestId('type-ATTACKED').uncheck();
    await e2e.page.getByTestId('graph-error').waitFor();
    // Unreachable, or 503 while the server is still closing: either way the error state shows.
    expect(await e2e.page.getByTestId('graph-error').textContent()).toMatch(/cannot be reached|503 Service Unavailable/i);
    await screenshot(e2e.page, '11-server-down');
  });
});

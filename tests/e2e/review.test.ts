// End to end: an analyst rejects a claim from the evidence panel in Chromium; the edge goes, and
// stays gone after a reload and after `ingest load --force` re-extracts every seed article.
// Screenshots go to test-artifacts/e2e/ (review-*.png; docs/review.png is one of them).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ClaimListResponse, GraphResponse } from '../../shared/api';
import { run } from '../integration/ingest/spawn-helpers';
import { screenshot } from './support/browser';
import { useExplorerApp } from './support/explorer-app';
import { snapshot, waitForGraph } from './support/graph-page';

const TOKEN = 'e2e-analyst-token';
const e2e = useExplorerApp({ env: { API_TOKENS: `maria:${TOKEN}` }, storedToken: TOKEN });

/** The graph the page shows, read again after each change, until `edgeId` is present or gone. */
async function edgeShown(p: Page, edgeId: string): Promise<boolean> {
  await waitForGraph(p);
  return (await snapshot(p)).edges.some((e) => e.id === edgeId);
}

describe('reviewing a claim in the browser', () => {
  let edgeId = '';
  let claimId = '';

  it('rejecting the only claim of an edge from the evidence panel takes the edge out of the graph', async () => {
    const graph = await e2e.getJson<GraphResponse>('/api/graph?includeNegated=true&limit=10000');
    const single = graph.edges.find((e) => e.data.count === 1 && e.data.negatedCount === 0 && e.data.source !== e.data.target);
    expect(single, 'the seeds have an edge resting on one claim').toBeDefined();
    edgeId = single!.data.id;
    await e2e.page.goto(`${e2e.url}/?sel=${encodeURIComponent(`edge:${edgeId}`)}`);
    expect(await edgeShown(e2e.page, edgeId)).toBe(true);
    const claim = e2e.page.getByTestId('claim');
    await expect.poll(() => claim.count()).toBe(1);
    claimId = (await claim.getAttribute('data-claim')) ?? '';
    await screenshot(e2e.page, 'review-01-evidence');

    await claim.getByTestId('review-reject').click();
    await expect.poll(() => edgeShown(e2e.page, edgeId), { timeout: 30_000 }).toBe(false);
    const rejected = await e2e.getJson<ClaimListResponse>('/api/claims?review=rejected&limit=1000');
    expect(rejected.claims.map((c) => [c.claimId, c.review?.reviewer, c.rejected])).toEqual([[claimId, 'maria', true]]);
  });

  it('the edge stays gone after a reload', async () => {
    await e2e.page.reload();
    expect(await edgeShown(e2e.page, edgeId)).toBe(false);
    // The claim is still listed with includeRejected=true, marked rejected.
    const all = await e2e.getJson<GraphResponse>('/api/graph?includeNegated=true&includeRejected=true&limit=10000');
    expect(all.edges.map((e) => e.data.id)).toContain(edgeId);
  });

  it('the edge stays gone after a forced re-extraction of every seed article', async () => {
    const before = await e2e.getJson<ClaimListResponse>('/api/claims?review=rejected&limit=1000');
    const result = await run('ingest/cli.ts', ['load', '--force', 'seeds/articles', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { totals: { replaced: number } };
    expect(summary.totals.replaced).toBeGreaterThan(0);
    await e2e.page.reload();
    expect(await edgeShown(e2e.page, edgeId)).toBe(false);
    const after = await e2e.getJson<ClaimListResponse>('/api/claims?review=rejected&limit=1000');
    const anchor = (c: ClaimListResponse['claims'][number]) => [c.doc, c.sentenceStart, c.triggerStart, c.sourceStart, c.targetStart, c.review?.reviewer];
    expect(after.claims.map(anchor)).toEqual(before.claims.map(anchor));
  }, 240_000);

  it('a rejected claim of an edge with several claims stays in its evidence, marked, and can be undone', async () => {
    const graph = await e2e.getJson<GraphResponse>('/api/graph?includeNegated=true&limit=10000');
    const busy = graph.edges.filter((e) => e.data.count >= 3 && e.data.negatedCount === 0).sort((a, b) => b.data.count - a.data.count)[0];
    expect(busy, 'the seeds have an edge with several claims').toBeDefined();
    await e2e.page.goto(`${e2e.url}/?sel=${encodeURIComponent(`edge:${busy!.data.id}`)}`);
    await waitForGraph(e2e.page);
    const claims = e2e.page.getByTestId('claim');
    await expect.poll(() => claims.count()).toBe(busy!.data.count);
    const first = claims.first();
    await first.getByTestId('review-reject').click();
    await expect.poll(() => first.getByTestId('review-state').textContent()).toBe('Rejected by maria');
    await claims.nth(1).getByTestId('review-confirm').click();
    await expect.poll(() => claims.nth(1).getByTestId('review-state').textContent()).toBe('Confirmed by maria');
    await expect.poll(async () => (await snapshot(e2e.page)).edges.find((e) => e.id === busy!.data.id)?.assertedCount).toBe(busy!.data.count - 1);
    await screenshot(e2e.page, 'review-03-reviewed');
    await first.getByTestId('review-undo').click();
    await expect.poll(() => first.getByTestId('review-state').count()).toBe(0);
    await expect.poll(async () => (await snapshot(e2e.page)).edges.find((e) => e.id === busy!.data.id)?.assertedCount).toBe(busy!.data.count);
  });

  it('the review queue lists unreviewed claims lowest confidence first and confirms from the keyboard', async () => {
    await e2e.page.goto(`${e2e.url}/?panel=review`);
    await waitForGraph(e2e.page);
    const items = e2e.page.getByTestId('queue-claim');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const first = (await items.first().getAttribute('data-claim')) ?? '';
    await screenshot(e2e.page, 'review-02-queue');
    await e2e.page.keyboard.press('c');
    await expect.poll(async () => (await e2e.getJson<ClaimListResponse>('/api/claims?review=confirmed&limit=1000')).claims.map((c) => c.claimId)).toContain(first);
    await expect.poll(() => items.first().getAttribute('data-claim')).not.toBe(first);
  });
});

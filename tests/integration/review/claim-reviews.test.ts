// Claim reviews against the real Neo4j, the real coder (NLP server) and the real CLI: every rule of
// POST/DELETE /api/claims/{id}/review, the views leaving rejected claims out, corrections used by
// the graph, reviews surviving `ingest load --force` and a backup round trip.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { exportBackup, importBackup } from '../../../documents/backup';
import { loadServerConfig } from '../../../server/config';
import { buildApp } from '../../../server/app';
import type { ClaimEvidence, ClaimListResponse, GraphResponse, StatsResponse } from '../../../shared/api';
import { cleanDatabase, testDriver } from '../../support/db';
import { run } from '../ingest/spawn-helpers';
import { defaultExtractor } from '../../../ingest/load/extractor';
import { readArticle } from '../../../ingest/read/read-article';
import { writeDocuments } from '../../../documents/write-documents';
import { anchorKey, anchorOf } from '../../../review/claim-anchor';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';
import { parseGold } from '../../eval/gold-file';

const DOC = '000_290f12578d9a2b3e';
const ALICE = { authorization: 'Bearer alice-token-123' };
const BOB = { authorization: 'Bearer bob-token-4567' };

let driver: Driver;
let app: FastifyInstance;
let dir: string;
let file: string;

async function get<T>(url: string): Promise<T> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

const claims = async (query = '') => (await get<ClaimListResponse>(`/api/claims?doc=${DOC}&limit=1000${query}`)).claims;
const edgeCount = (g: GraphResponse, source: string, type: string, target: string) =>
  g.edges.find((e) => e.data.source === source && e.data.type === type && e.data.target === target)?.data.count ?? 0;
const anchor = (c: ClaimEvidence) => anchorKey(anchorOf({ ...c, docId: c.doc }));

async function review(claimId: string, body: unknown, headers: Record<string, string> = ALICE) {
  return app.inject({ method: 'POST', url: `/api/claims/${encodeURIComponent(claimId)}/review`, headers, payload: body as object });
}

async function loadCli(...args: string[]): Promise<void> {
  const result = await run('ingest/cli.ts', ['load', ...args, file, '--json']);
  expect(result.code, result.stderr).toBe(0);
}

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  dir = mkdtempSync(path.join(tmpdir(), 'actorscope-review-'));
  file = path.join(dir, `${DOC}.txt`);
  for (const ext of ['.txt', '.meta.json']) copyFileSync(path.join(PROJECT_ROOT, 'seeds', 'articles', `${DOC}${ext}`), path.join(dir, `${DOC}${ext}`));
  await loadCli();
  const config = loadServerConfig({ API_TOKENS: 'alice:alice-token-123,bob:bob-token-4567', RATE_LIMIT_MAX: '100000', WEB_DIST: 'tests/does-not-exist', CACHE_TTL_MS: '60000' });
  app = await buildApp({ driver, config });
  await app.ready();
}, 180_000);

afterAll(async () => {
  await app?.close();
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('claim reviews', () => {
  // Three different edges of the document: one to reject, one to correct, one to confirm.
  let rejected: ClaimEvidence;
  let corrected: ClaimEvidence;
  let confirmed: ClaimEvidence;

  it('every claim carries its review (null before any) and the document has claims on three edges', async () => {
    const list = await claims();
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const c of list) expect(c).toMatchObject({ review: null, rejected: false, keptByReview: false, extracted: null });
    const byEdge = new Map<string, ClaimEvidence>();
    for (const c of list) if (!c.negated && c.source !== c.target) byEdge.set(`${c.source}|${c.type}|${c.target}`, c);
    const distinct = [...byEdge.values()];
    expect(distinct.length).toBeGreaterThanOrEqual(3);
    [rejected, corrected, confirmed] = distinct as [ClaimEvidence, ClaimEvidence, ClaimEvidence];
  });

  it('refuses bad requests with 400 naming the field, unknown claims with 404, and writes without a token with 401', async () => {
    const id = rejected.claimId;
    const bad = async (body: unknown, field: string) => {
      const res = await review(id, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'invalid_parameter' } });
      expect(res.json<{ error: { message: string } }>().error.message).toContain(field);
    };
    await bad({ verdict: 'wrong' }, 'verdict');
    await bad({}, 'verdict');
    await bad({ verdict: 'confirmed', correction: { year: 2020 } }, 'correction');
    await bad({ verdict: 'corrected' }, 'correction');
    await bad({ verdict: 'corrected', correction: { type: 'HUGGED' } }, 'type');
    await bad({ verdict: 'corrected', correction: { source: 'no-such-actor' } }, 'correction.source');
    await bad({ verdict: 'corrected', correction: { target: 'no-such-actor' } }, 'correction.target');
    await bad({ verdict: 'corrected', correction: { source: rejected.target } }, 'correction');
    expect((await review('no-such-claim', { verdict: 'confirmed' })).statusCode).toBe(404);
    expect((await review(id, { verdict: 'confirmed' }, {})).statusCode).toBe(401);
    expect((await review(id, { verdict: 'confirmed' }, { authorization: 'Bearer wrong-token-000' })).statusCode).toBe(401);
    // Nothing was written.
    expect((await claims('&review=unreviewed')).length).toBe((await claims()).length);
  });

  it('a rejected claim leaves the graph, paths, timeline, stats and exports; includeRejected=true shows it', async () => {
    const before = await get<GraphResponse>('/api/graph?limit=20000');
    const statsBefore = await get<StatsResponse>('/api/stats');
    const edgeBefore = edgeCount(before, rejected.source, rejected.type, rejected.target);
    expect(edgeBefore).toBeGreaterThan(0);

    const res = await review(rejected.claimId, { verdict: 'rejected', note: 'misread' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ClaimEvidence>();
    expect(body).toMatchObject({ claimId: rejected.claimId, rejected: true, review: { verdict: 'rejected', reviewer: 'alice', note: 'misread' } });
    expect(Date.parse(body.review?.at ?? '')).not.toBeNaN();

    const after = await get<GraphResponse>('/api/graph?limit=20000');
    expect(edgeCount(after, rejected.source, rejected.type, rejected.target)).toBe(edgeBefore - 1);
    expect(after.meta.totalClaims).toBe(before.meta.totalClaims - 1);
    const withRejected = await get<GraphResponse>('/api/graph?limit=20000&includeRejected=true');
    expect(withRejected.meta.totalClaims).toBe(before.meta.totalClaims);
    expect((await get<StatsResponse>('/api/stats')).totals.claims).toBe(statsBefore.totals.claims - 1);
    expect((await get<StatsResponse>('/api/stats?includeRejected=true')).totals.claims).toBe(statsBefore.totals.claims);
    const exported = await get<GraphResponse>('/api/export?format=json&limit=20000');
    expect(exported.meta.totalClaims).toBe(before.meta.totalClaims - 1);
    const timeline = await get<{ years: Array<{ total: number }>; undated: number }>(`/api/timeline?actors=${rejected.source},${rejected.target}`);
    const timelineAll = await get<{ years: Array<{ total: number }>; undated: number }>(`/api/timeline?actors=${rejected.source},${rejected.target}&includeRejected=true`);
    const total = (t: typeof timeline) => t.years.reduce((n, y) => n + y.total, 0) + t.undated;
    expect(total(timeline)).toBe(total(timelineAll) - 1);

    // The evidence still lists it, marked; the review filters find it.
    expect((await claims('&review=rejected')).map((c) => c.claimId)).toEqual([rejected.claimId]);
    expect((await claims('&review=unreviewed')).map((c) => c.claimId)).not.toContain(rejected.claimId);
    expect((await claims('&includeRejected=false')).map((c) => c.claimId)).not.toContain(rejected.claimId);
  });

  it('a correction rewrites the claim with its effective values and keeps the extracted ones', async () => {
    const newType = corrected.type === 'ACCUSED' ? 'WARNED' : 'ACCUSED';
    const res = await review(corrected.claimId, { verdict: 'corrected', correction: { type: newType, source: corrected.target, target: corrected.source, year: 1999 } }, BOB);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      claimId: corrected.claimId, type: newType, source: corrected.target, target: corrected.source, year: 1999, rejected: false,
      extracted: { type: corrected.type, source: corrected.source, target: corrected.target, year: corrected.year },
      review: { verdict: 'corrected', reviewer: 'bob', correction: { type: newType, source: corrected.target, target: corrected.source, year: 1999 } },
    });
    const graph = await get<GraphResponse>(`/api/graph?limit=20000&yearFrom=1999&yearTo=1999`);
    expect(edgeCount(graph, corrected.target, newType, corrected.source)).toBe(1);
    const paths = await get<{ paths: Array<{ steps: Array<{ claimId: string; type: string }> }> }>(
      `/api/paths?from=${corrected.target}&to=${corrected.source}&maxHops=1&directed=true&types=${newType}`,
    );
    expect(paths.paths.flatMap((p) => p.steps.map((s) => s.claimId))).toContain(corrected.claimId);
  });

  it('a confirmation is kept with its reviewer; a review can be taken back', async () => {
    const res = await review(confirmed.claimId, { verdict: 'confirmed' });
    expect(res.json()).toMatchObject({ review: { verdict: 'confirmed', reviewer: 'alice' }, rejected: false });
    expect((await claims('&review=confirmed')).map((c) => c.claimId)).toEqual([confirmed.claimId]);
    // Reject then un-review: back in the graph with the extracted values.
    await review(confirmed.claimId, { verdict: 'rejected' });
    const undo = await app.inject({ method: 'DELETE', url: `/api/claims/${confirmed.claimId}/review`, headers: ALICE });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ claimId: confirmed.claimId, review: null, rejected: false });
    expect((await app.inject({ method: 'DELETE', url: `/api/claims/${confirmed.claimId}/review` })).statusCode).toBe(401);
    await review(confirmed.claimId, { verdict: 'confirmed' });
  });

  it('reviews survive `ingest load --force` (a new extraction of the same document)', async () => {
    const states = async () =>
      Object.fromEntries((await claims()).filter((c) => c.review).map((c) => [anchor(c), { verdict: c.review?.verdict, type: c.type, source: c.source, target: c.target, year: c.year, rejected: c.rejected }]));
    const before = await states();
    expect(Object.keys(before)).toHaveLength(3);
    // Every review kept the pre-aggregated edges exact.
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    const graphBefore = await get<GraphResponse>('/api/graph?limit=20000');
    const { records } = await driver.executeQuery(`MATCH (d:Document {id: $id}) RETURN d.writeCount AS n`, { id: DOC });
    await loadCli('--force');
    const { records: after } = await driver.executeQuery(`MATCH (d:Document {id: $id}) RETURN d.writeCount AS n`, { id: DOC });
    expect(after[0]?.get('n')).toBe(Number(records[0]?.get('n')) + 1);
    expect(await states()).toEqual(before);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    const graphAfter = await get<GraphResponse>('/api/graph?limit=20000');
    expect(graphAfter.meta.totalClaims).toBe(graphBefore.meta.totalClaims);
    expect(edgeCount(graphAfter, rejected.source, rejected.type, rejected.target)).toBe(edgeCount(graphBefore, rejected.source, rejected.type, rejected.target));
  }, 180_000);

  it('a reviewed claim the new extraction no longer produces is kept by its review (rejected ones stay out of the graph)', async () => {
    const extractor = await defaultExtractor();
    const article = await readArticle(file);
    const extraction = await extractor.extract({ meta: article.meta, text: article.text });
    const reviewed = new Set((await claims()).filter((c) => c.review).map(anchor));
    const without = { ...extraction, document: article.meta, text: article.text, sha256: article.sha256, claims: extraction.claims.filter((c) => !reviewed.has(anchor(c as unknown as ClaimEvidence))) };
    expect(without.claims.length).toBe(extraction.claims.length - 3);
    const graphBefore = await get<GraphResponse>('/api/graph?limit=20000');
    await writeDocuments(driver, [without], { force: true, extractorVersion: extractor.version });
    const kept = (await claims()).filter((c) => c.review);
    expect(kept).toHaveLength(3);
    for (const c of kept) expect(c.keptByReview).toBe(true);
    expect(kept.find((c) => c.review?.verdict === 'rejected')?.rejected).toBe(true);
    expect(kept.find((c) => c.review?.verdict === 'corrected')).toMatchObject({ source: corrected.target, target: corrected.source, year: 1999 });
    expect((await get<GraphResponse>('/api/graph?limit=20000')).meta.totalClaims).toBe(graphBefore.meta.totalClaims);
    // A further replacement does not duplicate them.
    await writeDocuments(driver, [without], { force: true, extractorVersion: extractor.version });
    expect((await claims()).filter((c) => c.review)).toHaveLength(3);
    expect((await get<GraphResponse>('/api/graph?limit=20000')).meta.totalClaims).toBe(graphBefore.meta.totalClaims);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  }, 120_000);

  it('GET /api/reviews/export is gold that npm run eval -- --gold scores the extractor against', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/reviews/export' });
    expect(res.statusCode, res.body).toBe(200);
    const gold = res.json<{ sentenceMatch: string; mentions: Record<string, string[]>; relations: Array<Record<string, unknown>>; documents: Array<{ id: string; text: string }> }>();
    expect(gold.documents.map((d) => d.id)).toEqual([DOC]);
    // Confirmed and corrected claims are relations, the rejected one is not.
    expect(gold.relations).toHaveLength(2);
    expect(gold.relations).toContainEqual(expect.objectContaining({ doc: DOC, source: corrected.target, target: corrected.source, year: 1999 }));
    expect(gold.relations).toContainEqual(expect.objectContaining({ doc: DOC, source: confirmed.source, type: confirmed.type, target: confirmed.target }));
    const goldFile = path.join(dir, 'reviews.gold.json');
    writeFileSync(goldFile, res.body);
    const texts = new Map(gold.documents.map((d) => [d.id, d.text]));
    expect(parseGold(res.body, texts, 'export').relations).toHaveLength(2);
    const evaluated = await run('tests/eval/run-eval.ts', ['--gold', goldFile, '--json']);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const out = JSON.parse(evaluated.stdout) as { gold?: { documents: number; relationsWithYear: { tp: number; fn: number } } };
    // The confirmed claim is one the coder extracts (found); the corrected one it does not (missed).
    expect(out.gold).toMatchObject({ documents: 1, relationsWithYear: { tp: 1, fn: 1 } });
  }, 180_000);

  it('reviews are in db:export / db:import backups', async () => {
    const backup = await exportBackup(driver);
    expect(backup.counts.reviews).toBe(3);
    const before = (await claims()).map((c) => [c.claimId, c.review?.verdict ?? null, c.type, c.source, c.target, c.rejected]);
    await importBackup(driver, JSON.parse(JSON.stringify(backup)), { force: true });
    const res = await app.inject({ method: 'GET', url: `/api/claims?doc=${DOC}&limit=1000&review=corrected` });
    expect(res.json<ClaimListResponse>().claims).toHaveLength(1);
    expect((await claims()).map((c) => [c.claimId, c.review?.verdict ?? null, c.type, c.source, c.target, c.rejected])).toEqual(before);
  });
});

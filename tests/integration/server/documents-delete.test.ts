// DELETE /api/documents/:id: the document, its claims and mentions go in one transaction, and so do
// the actors only found in text (not in the gazetteer) that it leaves with no claim and no mention;
// gazetteer actors stay. Every read shows the deletion at once. Token required; 404 for unknown ids.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDeleteResponse, GraphResponse, StatsResponse } from '../../../shared/api';
import { writeDocuments } from '../../../documents/write-documents';
import { claimNextDocument } from '../../../documents/queue';
import { processDocument } from '../../../ingest/worker/process-document';
import { fixtureExtractor } from '../../support/extraction-fixtures';
import { buildExtraction, fixtureClaims } from '../../support/seed-graph';
import { authHeader, useSeededApp } from '../../support/server-app';

const seeded = useSeededApp({ cacheTtlMs: 3_600_000 });

// A second document mentioning the discovered Khorasan Cell, so deleting the first leaves it connected.
beforeAll(async () => {
  await writeDocuments(seeded.driver, [buildExtraction({
    id: 'extra-cell', title: 'Cell strikes', publisher: 'Dawn', published: '2024-02-02',
    sentences: [{ text: 'The Khorasan Cell attacked Pakistan in Quetta.', claims: [
      { source: 'khorasan-cell', target: 'pakistan', type: 'ATTACKED', s: 'Khorasan Cell', trigger: 'attacked', t: 'Pakistan', year: 2024 }] }],
  })]);
});

const del = (id: string, headers: Record<string, string> = authHeader) => seeded.app.inject({ method: 'DELETE', url: `/api/documents/${id}`, headers });
async function get<T>(url: string): Promise<T> {
  const res = await seeded.app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}
async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await seeded.driver.executeQuery(cypher, params)).records[0]?.get('n'));
}
const actorExists = (id: string) => count('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id });
const claimsOf = (doc: string) => count('MATCH ()-[r]->() WHERE r.docId = $doc RETURN count(r) AS n', { doc });

describe('DELETE /api/documents/:id', () => {
  it('needs the token, and answers 404 for an unknown id', async () => {
    expect((await del('aljazeera-2023-denial', {})).statusCode).toBe(401);
    expect((await del('aljazeera-2023-denial', { authorization: 'Bearer wrong-token-123456' })).statusCode).toBe(401);
    const missing = await del('no-such-document');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect(await claimsOf('aljazeera-2023-denial')).toBe(3);
  });

  it('deletes the document, its claims and mentions; every read shows it at once; connected and gazetteer actors stay', async () => {
    const doc = 'aljazeera-2023-denial';
    // Warm the cached reads first.
    const graphBefore = await get<GraphResponse>('/api/graph?includeNegated=true');
    const statsBefore = await get<StatsResponse>('/api/stats');
    expect(graphBefore.edges.find((e) => e.data.id === 'pakistan|ACCUSED|taliban')?.data.count).toBe(2);

    const res = await del(doc);
    expect(res.statusCode, res.body).toBe(200);
    const claims = fixtureClaims().filter((c) => c.doc === doc);
    expect(res.json() as DocumentDeleteResponse).toEqual({ id: doc, claims: claims.length, mentions: 4, actors: [] });

    expect(await count('MATCH (d:Document {id: $doc}) RETURN count(d) AS n', { doc })).toBe(0);
    expect(await claimsOf(doc)).toBe(0);
    // Khorasan Cell (discovered) still has a claim in extra-cell; the gazetteer actors stay.
    for (const actor of ['khorasan-cell', 'taliban', 'iskp', 'pakistan']) expect(await actorExists(actor), actor).toBe(1);

    expect((await seeded.app.inject({ url: `/api/documents/${doc}` })).statusCode).toBe(404);
    expect((await seeded.app.inject({ url: `/api/documents/${doc}/status` })).statusCode).toBe(404);
    const graph = await get<GraphResponse>('/api/graph?includeNegated=true');
    expect(graph.edges.find((e) => e.data.id === 'pakistan|ACCUSED|taliban')?.data.count).toBe(1);
    expect(graph.edges.find((e) => e.data.id === 'taliban|SUPPORTS|iskp')?.data).toMatchObject({ negatedCount: 0, contested: false });
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.totals.documents).toBe(statsBefore.totals.documents - 1);
    expect(stats.totals.claims).toBe(statsBefore.totals.claims - claims.length);
    expect(stats.bySource.map((b) => b.key)).not.toContain(doc);
    expect((await get<{ claims: unknown[] }>(`/api/claims?doc=${doc}`)).claims).toEqual([]);
    expect((await get<{ documents: Array<{ id: string }> }>('/api/documents')).documents.map((d) => d.id)).not.toContain(doc);

    expect((await del(doc)).statusCode).toBe(404);
  });

  it('removes the discovered actors it leaves with no claim or mention, never gazetteer ones', async () => {
    const res = await del('extra-cell');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: 'extra-cell', claims: 1, mentions: 2, actors: ['khorasan-cell'] });
    expect(await actorExists('khorasan-cell')).toBe(0);
    expect((await seeded.app.inject({ url: '/api/actors/khorasan-cell' })).statusCode).toBe(404);
    expect((await get<{ actors: Array<{ id: string }> }>('/api/actors?q=khorasan')).actors.map((a) => a.id)).not.toContain('khorasan-cell');

    // The UN is only in this report, but it is in the gazetteer: it stays, with no claim left.
    const un = await del('reuters-2024-un-report');
    expect(un.statusCode, un.body).toBe(200);
    expect(un.json().actors).toEqual([]);
    expect(await actorExists('united-nations')).toBe(1);
    expect(await count("MATCH (:Actor {id: 'united-nations'})-[r]-() RETURN count(r) AS n")).toBe(0);
  });

  it('a worker processing a deleted document writes nothing and does not bring it back', async () => {
    const submitted = await seeded.app.inject({
      method: 'POST', url: '/api/documents', headers: authHeader, payload: { id: 'in-flight', text: 'The CIA attacked ISKP at dawn.', published: '2022-01-01' },
    });
    expect(submitted.statusCode, submitted.body).toBe(202);
    const claimed = await claimNextDocument(seeded.driver, 'slow-worker', 60_000);
    expect(claimed?.id).toBe('in-flight');
    expect((await del('in-flight')).statusCode).toBe(200);
    const outcome = await processDocument({ driver: seeded.driver, workerId: 'slow-worker', extractor: fixtureExtractor() }, claimed!);
    expect(outcome.status).toBe('lost');
    expect(await count("MATCH (d:Document {id: 'in-flight'}) RETURN count(d) AS n")).toBe(0);
    expect(await claimsOf('in-flight')).toBe(0);
  });
});

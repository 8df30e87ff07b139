// Fresh after every write: a document processed by the worker, a document loaded by the loader and a
// saved query changed through the API are visible to the very next read of every endpoint, with the
// read cache on and a TTL far longer than the test (so no TTL expiry can be what makes them visible).
import { describe, expect, it } from 'vitest';
import type {
  ActorProfile, ActorSearchResponse, ClaimListResponse, DocumentDetail, DocumentListResponse, GraphResponse, PathResponse, SavedQuery,
  SavedQueryListResponse, StatsResponse, TimelineResponse,
} from '../../../shared/api';
import { writeDocuments } from '../../../documents/write-documents';
import { runWorker } from '../../../ingest/worker/run-worker';
import { fixtureExtract, fixtureExtractor, meta } from '../../support/extraction-fixtures';
import { authHeader, useSeededApp } from '../../support/server-app';

const seeded = useSeededApp({ cacheTtlMs: 3_600_000 });

interface Probe {
  url: string;
  /** Whether the answer reflects the write. */
  sees: (body: never) => boolean;
}

/** What every read endpoint shows of one new claim `source -type-> target` of document `doc` in `year`. */
function probes(doc: string, publisher: string, source: string, type: string, target: string, year: number): Probe[] {
  const edge = `${source}|${type}|${target}`;
  return [
    { url: '/api/graph', sees: (g: GraphResponse) => g.edges.some((e) => e.data.id === edge) },
    { url: `/api/graph?actors=${source}`, sees: (g: GraphResponse) => g.edges.some((e) => e.data.id === edge) },
    { url: `/api/graph?yearFrom=${year}&yearTo=${year}`, sees: (g: GraphResponse) => g.edges.some((e) => e.data.id === edge) },
    { url: '/api/export?format=json', sees: (g: GraphResponse) => g.edges.some((e) => e.data.id === edge) },
    { url: '/api/stats', sees: (s: StatsResponse) => s.bySource.some((b) => b.key === doc) && s.byPublisher.some((b) => b.key === publisher) },
    { url: `/api/claims?source=${source}&target=${target}`, sees: (c: ClaimListResponse) => c.claims.some((x) => x.doc === doc) },
    { url: `/api/timeline?actors=${source},${target}`, sees: (t: TimelineResponse) => t.years.some((y) => y.year === year && (y.byType[type] ?? 0) > 0) },
    { url: `/api/paths?from=${source}&to=${target}`, sees: (p: PathResponse) => p.paths.some((x) => x.length === 1 && x.steps[0]!.doc === doc) },
    { url: `/api/actors/${source}`, sees: (a: ActorProfile) => a.topCounterparts.some((c) => c.id === target) || a.roles.some((r) => r.actor.id === target) },
    { url: '/api/documents', sees: (d: DocumentListResponse) => d.documents.some((x) => x.id === doc && x.status === 'done') },
    { url: `/api/documents/${doc}`, sees: (d: DocumentDetail) => d.status === 'done' && d.claims.length > 0 },
  ];
}

async function read(url: string): Promise<{ status: number; body: unknown; etag: string | undefined }> {
  const res = await seeded.app.inject({ url });
  return { status: res.statusCode, body: res.statusCode === 200 ? res.json() : null, etag: res.headers.etag as string | undefined };
}

/** Reads every probe twice (so cached answers exist), and checks none sees the write yet. */
async function warm(list: Probe[]): Promise<Map<string, string | undefined>> {
  const etags = new Map<string, string | undefined>();
  for (const p of list) {
    await read(p.url);
    const again = await read(p.url);
    if (again.status === 200) expect(p.sees(again.body as never), `${p.url} before the write`).toBe(false);
    etags.set(p.url, again.etag);
  }
  return etags;
}

async function expectAllSee(list: Probe[], etags: Map<string, string | undefined>): Promise<void> {
  const stale: string[] = [];
  for (const p of list) {
    // A client holding the old answer's ETag gets the new answer, not 304.
    const etag = etags.get(p.url);
    const res = await seeded.app.inject({ url: p.url, headers: etag ? { 'if-none-match': etag } : {} });
    if (res.statusCode !== 200 || !p.sees(res.json() as never)) stale.push(`${p.url} (${res.statusCode})`);
  }
  expect(stale, 'endpoints still answering from before the write').toEqual([]);
}

describe('fresh after every write', () => {
  it('a document processed by the worker is visible to the next read of every endpoint', async () => {
    const list = probes('fresh-upload', 'Fresh Wire', 'cia', 'ATTACKED', 'iskp', 2022);
    const etags = await warm(list);
    const stats = (await read('/api/stats')).body as StatsResponse;

    const submitted = await seeded.app.inject({
      method: 'POST', url: '/api/documents', headers: authHeader,
      payload: { id: 'fresh-upload', text: 'The CIA attacked ISKP near Jalalabad.', title: 'Fresh', publisher: 'Fresh Wire', published: '2022-02-02' },
    });
    expect(submitted.statusCode, submitted.body).toBe(202);
    // The submission itself is a write: the pending document is counted at once.
    expect(((await read('/api/stats')).body as StatsResponse).totals.documents).toBe(stats.totals.documents + 1);

    const worked = await runWorker({ driver: seeded.driver, workerId: 'fresh-test', once: true, extractor: fixtureExtractor() });
    expect(worked).toMatchObject({ done: 1, claims: 1 });
    await expectAllSee(list, etags);
    const after = (await read('/api/stats')).body as StatsResponse;
    expect(after.totals.claims).toBe(stats.totals.claims + 1);
    const search = (await read('/api/actors?q=cia')).body as ActorSearchResponse;
    expect(search.actors.find((a) => a.id === 'cia')?.degree).toBeGreaterThan(0);
  });

  it('a document written by the loader (another process in production) is visible to the next read of every endpoint', async () => {
    const list = probes('fresh-loaded', 'Loader Wire', 'cia', 'VISITED', 'pakistan', 2019);
    const etags = await warm(list);
    const degree = async () => ((await read('/api/actors?q=cia')).body as ActorSearchResponse).actors.find((a) => a.id === 'cia')!.degree;
    const before = await degree();
    await writeDocuments(seeded.driver, [fixtureExtract(meta('fresh-loaded', { publisher: 'Loader Wire', published: '2019-03-03' }), 'The CIA visited Pakistan twice.')]);
    await expectAllSee(list, etags);
    expect(await degree()).toBe(before + 1);
  });

  it('a saved query created, changed or deleted is visible to the next read', async () => {
    const list = async () => ((await read('/api/queries')).body as SavedQueryListResponse).queries.map((q) => `${q.id}:${q.name}`);
    await list();
    const created = await seeded.app.inject({ method: 'POST', url: '/api/queries', headers: authHeader, payload: { id: 'fresh-query', name: 'Fresh one', cypher: 'MATCH (a:Actor) RETURN a.id AS id LIMIT 1' } });
    expect(created.statusCode, created.body).toBeLessThan(300);
    expect(await list()).toContain('fresh-query:Fresh one');
    const updated = await seeded.app.inject({ method: 'PUT', url: '/api/queries/fresh-query', headers: authHeader, payload: { name: 'Fresh two', cypher: 'MATCH (a:Actor) RETURN a.id AS id LIMIT 2' } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(await list()).toContain('fresh-query:Fresh two');
    expect(((await read('/api/queries/fresh-query')).body as SavedQuery).name).toBe('Fresh two');
    const removed = await seeded.app.inject({ method: 'DELETE', url: '/api/queries/fresh-query', headers: authHeader });
    expect(removed.statusCode).toBeLessThan(300);
    expect((await list()).some((q) => q.startsWith('fresh-query:'))).toBe(false);
    expect((await read('/api/queries/fresh-query')).status).toBe(404);
  });
});

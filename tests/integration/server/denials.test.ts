// Denials are never support: paths follow asserted claims unless denied ones are asked for (and then
// each step says it is denied), and corroboration (minSources) counts documents asserting a relation.
// The seed graph plus two documents, from two publishers, that both deny "Pakistan cooperates with CIA".
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphResponse, PathResponse } from '../../../shared/api';
import { writeDocuments } from '../../../documents/write-documents';
import { buildExtraction } from '../../support/seed-graph';
import { useSeededApp } from '../../support/server-app';

const seeded = useSeededApp();

const DENIALS = [
  { id: 'nation-2024-denial', publisher: 'The Nation', text: 'Pakistan will absolutely not cooperate with the CIA on its soil.' },
  { id: 'tribune-2024-denial', publisher: 'Express Tribune', text: 'Pakistan does not cooperate with the CIA, the minister said.' },
];

beforeAll(async () => {
  await writeDocuments(seeded.driver, DENIALS.map((d) => buildExtraction({
    id: d.id, title: 'Denial', publisher: d.publisher, published: '2024-05-01',
    sentences: [{ text: d.text, claims: [
      { source: 'pakistan', target: 'cia', type: 'COOPERATES_WITH', s: 'Pakistan', trigger: 'cooperate', t: 'CIA', year: 2024, negated: true }] }],
  })));
});

async function get<T>(url: string): Promise<T> {
  const res = await seeded.app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}
const DENIED_EDGE = 'pakistan|COOPERATES_WITH|cia';
const edge = (g: GraphResponse, id: string) => g.edges.find((e) => e.data.id === id)?.data;

describe('paths follow asserted claims only, unless denied ones are asked for', () => {
  it('never steps through a denial by default; every step says it is asserted and how', async () => {
    const res = await get<PathResponse>('/api/paths?from=pakistan&to=cia');
    expect(res.paths.length).toBeGreaterThan(0);
    expect(res.paths.every((p) => p.length === 3)).toBe(true);
    for (const step of res.paths.flatMap((p) => p.steps)) {
      expect(step.negated).toBe(false);
      expect(['asserted', 'reported', 'proposed', 'speculative']).toContain(step.modality);
    }
    expect(res.graph.edges.map((e) => e.data.id)).not.toContain(DENIED_EDGE);
  });

  it('with includeNegated=true, a hop only denied is a step marked negated, drawn from a denying claim', async () => {
    const res = await get<PathResponse>('/api/paths?from=pakistan&to=cia&includeNegated=true');
    expect(res.paths).toHaveLength(1);
    expect(res.paths[0]!.actors).toEqual(['pakistan', 'cia']);
    expect(res.paths[0]!.steps).toEqual([expect.objectContaining({
      source: 'pakistan', target: 'cia', type: 'COOPERATES_WITH', negated: true, modality: 'asserted', doc: expect.stringMatching(/-2024-denial$/),
    })]);
    expect(edge(res.graph, DENIED_EDGE)).toMatchObject({ assertedCount: 0, negatedCount: 2, assertedDocumentCount: 0, negatedDocumentCount: 2 });
  });

  it('with includeNegated=true, a hop some claim asserts shows an asserting claim, not the denial', async () => {
    // Taliban → ISKP: denied in 2023 (Al Jazeera), reportedly supported in 2024 (Reuters).
    for (let i = 0; i < 3; i++) {
      const res = await get<PathResponse>('/api/paths?from=taliban&to=iskp&includeNegated=true&types=SUPPORTS');
      expect(res.paths[0]!.steps).toEqual([expect.objectContaining({ type: 'SUPPORTS', negated: false, modality: 'reported', doc: 'reuters-2024-un-report' })]);
    }
    const asserted = await get<PathResponse>('/api/paths?from=taliban&to=iskp&types=SUPPORTS');
    expect(asserted.paths[0]!.steps).toEqual([expect.objectContaining({ negated: false, doc: 'reuters-2024-un-report' })]);
  });
});

describe('corroboration counts documents that assert a relation', () => {
  it('an edge denied by two documents is not "at least 2 sources", whatever includeNegated says', async () => {
    for (const url of [
      '/api/graph?includeNegated=true&minSources=2', '/api/graph?minSources=2', '/api/graph?includeNegated=true&minSources=1',
      '/api/graph?actors=cia&includeNegated=true&minSources=2', '/api/export?format=json&includeNegated=true&minSources=2',
    ]) {
      const g = await get<GraphResponse>(url);
      expect(g.edges.map((e) => e.data.id), url).not.toContain(DENIED_EDGE);
      for (const e of g.edges) expect(e.data.assertedDocumentCount, `${url} ${e.data.id}`).toBeGreaterThanOrEqual(url.includes('minSources=2') ? 2 : 1);
    }
    const corroborated = await get<GraphResponse>('/api/graph?includeNegated=true&minSources=2');
    expect(corroborated.edges.map((e) => e.data.id).sort()).toEqual(['pakistan|ACCUSED|taliban', 'united-states|ATTACKED|taliban']);
  });

  it('every edge says how many claims, documents and publishers assert and deny it', async () => {
    const g = await get<GraphResponse>('/api/graph?includeNegated=true');
    expect(edge(g, DENIED_EDGE)).toMatchObject({
      count: 2, assertedCount: 0, negatedCount: 2, documentCount: 2, assertedDocumentCount: 0, assertedPublisherCount: 0, negatedDocumentCount: 2, contested: false,
    });
    expect(edge(g, 'united-states|ATTACKED|taliban')).toMatchObject({ assertedCount: 2, negatedCount: 0, assertedDocumentCount: 2, assertedPublisherCount: 2, negatedDocumentCount: 0 });
    expect(edge(g, 'taliban|SUPPORTS|iskp')).toMatchObject({
      assertedCount: 1, negatedCount: 1, assertedDocumentCount: 1, assertedPublisherCount: 1, negatedDocumentCount: 1, contested: true,
    });
    // Without includeNegated the denied-only edge is not drawn, yet the counts of the others still say what denies them.
    const asserted = await get<GraphResponse>('/api/graph');
    expect(edge(asserted, DENIED_EDGE)).toBeUndefined();
    expect(edge(asserted, 'taliban|SUPPORTS|iskp')).toMatchObject({ count: 1, negatedCount: 1, negatedDocumentCount: 1 });
  });
});

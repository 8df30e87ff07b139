// Issue 13: undated claims are counted and can be kept in a year range; every count says what it counts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphResponse, StatsResponse } from '../../../shared/api';
import { writeDocuments } from '../../../documents/write-documents';
import { buildExtraction, fixtureClaims, FIXTURE_ACTORS } from '../../support/seed-graph';
import { useSeededApp } from '../../support/server-app';

const seeded = useSeededApp();
const UNDATED_EDGE = 'isi|SUPPORTS|iskp';

beforeAll(async () => {
  await writeDocuments(seeded.driver, [buildExtraction({
    id: 'undated-note', title: 'An undated note', publisher: 'Notes', published: '2021-09-01',
    sentences: [{ text: 'ISI supported ISKP at some point.', claims: [
      { source: 'isi', target: 'iskp', type: 'SUPPORTS', s: 'ISI', trigger: 'supported', t: 'ISKP', year: null }] }],
  })]);
});

async function get<T>(url: string): Promise<T> {
  const res = await seeded.app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

describe('undated claims', () => {
  it('/api/stats says how many claims have no year on each axis', async () => {
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.undated).toEqual({ event: fixtureClaims().filter((c) => c.year === null).length + 1, reported: 0 });
  });

  it('a year range leaves them out unless includeUndated=true', async () => {
    const ranged = await get<GraphResponse>('/api/graph?yearFrom=2001&yearTo=2025');
    expect(ranged.edges.map((e) => e.data.id)).not.toContain(UNDATED_EDGE);
    const kept = await get<GraphResponse>('/api/graph?yearFrom=2001&yearTo=2025&includeUndated=true');
    expect(kept.edges.map((e) => e.data.id)).toContain(UNDATED_EDGE);
    expect(kept.edges.length).toBe(ranged.edges.length + 1);
    // Without a range nothing is left out either way.
    expect((await get<GraphResponse>('/api/graph')).edges.map((e) => e.data.id)).toContain(UNDATED_EDGE);
  });

  it('the focus strategies keep them too', async () => {
    const focus = await get<GraphResponse>('/api/graph?actors=isi&yearFrom=2001&yearTo=2025&includeUndated=true');
    expect(focus.edges.map((e) => e.data.id)).toContain(UNDATED_EDGE);
  });
});

describe('counts say what they count', () => {
  it('actors by type count actors with claims, so they add up to at most the actor total', async () => {
    const stats = await get<StatsResponse>('/api/stats');
    const inClaims = new Set([...fixtureClaims().flatMap((c) => [c.source, c.target]), 'isi', 'iskp']);
    const types = new Map(FIXTURE_ACTORS.map((a) => [a.id, a.type]));
    for (const bucket of stats.byActorType) {
      expect(bucket.count, bucket.key).toBe([...inClaims].filter((id) => types.get(id) === bucket.key).length);
    }
    expect(stats.byActorType.reduce((n, b) => n + b.count, 0)).toBeLessThanOrEqual(stats.totals.actors);
  });
});

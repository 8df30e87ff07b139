// Merging, promoting and dismissing actors against the real Neo4j: what moves, what redirects, and
// that the decisions hold for the next extraction written by the real loader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorProfile, ClaimListResponse, GraphResponse } from '../../../shared/api';
import type { DiscoveredActor } from '../../../shared/review';
import { loadPaths } from '../../../ingest/load/load-files';
import { defaultExtractor } from '../../../ingest/load/extractor';
import { authHeader, useSeededApp } from '../../support/server-app';
import { fixtureExtractor } from '../../support/extraction-fixtures';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';

const seeded = useSeededApp();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actorscope-decisions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inject = (method: 'GET' | 'POST', url: string, payload?: object) =>
  seeded.app.inject({ method, url, ...(method === 'POST' ? { headers: authHeader, payload: payload ?? {} } : {}) });

async function get<T>(url: string): Promise<T> {
  const res = await inject('GET', url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await seeded.driver.executeQuery(cypher, params)).records[0]?.get(0));

describe('actor decisions', () => {
  it('lists discovered actors by number of claims', async () => {
    const { actors } = await get<{ actors: DiscoveredActor[] }>('/api/actors/discovered');
    expect(actors.map((a) => a.id)).toEqual(['khorasan-cell']);
    expect(actors[0]).toMatchObject({ name: 'Khorasan Cell', claims: 1, documents: 1 });
  });

  it('refuses an unknown target (400 naming `into`), an unknown actor (404), a merge into itself and writes without a token', async () => {
    const bad = await inject('POST', '/api/actors/khorasan-cell/merge', { into: 'nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('into');
    expect((await inject('POST', '/api/actors/nobody/merge', { into: 'taliban' })).statusCode).toBe(404);
    expect((await inject('POST', '/api/actors/taliban/merge', { into: 'taliban' })).statusCode).toBe(400);
    expect((await inject('POST', '/api/actors/taliban/merge', {})).statusCode).toBe(400);
    expect((await seeded.app.inject({ method: 'POST', url: '/api/actors/khorasan-cell/merge', payload: { into: 'taliban' } })).statusCode).toBe(401);
    expect((await inject('POST', '/api/actors/khorasan-cell/promote', { type: 'dragon' })).statusCode).toBe(400);
  });

  it('merge: claims and mentions move, the name becomes an alias, the old id answers 301 to the target', async () => {
    const claimsBefore = await count('MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN count(r)');
    const res = await inject('POST', '/api/actors/khorasan-cell/merge', { into: 'taliban' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ actor: 'khorasan-cell', decision: 'merged', into: 'taliban', reviewer: 'analyst', claims: 1 });
    expect(await count("MATCH (a:Actor {id: 'khorasan-cell'}) RETURN count(a)")).toBe(0);
    expect(await count('MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN count(r)')).toBe(claimsBefore);
    const moved = await get<ClaimListResponse>('/api/claims?source=taliban&target=iskp&type=MEMBER_OF');
    expect(moved.claims.map((c) => c.sentence)).toEqual(['The Khorasan Cell is a member of ISKP.']);
    expect(await count("MATCH (:Document {id: 'aljazeera-2023-denial'})-[:MENTIONS]->(a:Actor {id: 'taliban'}) RETURN count(a)")).toBe(1);

    const redirect = await inject('GET', '/api/actors/khorasan-cell');
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/api/actors/taliban');
    const taliban = await get<ActorProfile>('/api/actors/taliban');
    expect(taliban.aliases).toContain('Khorasan Cell');
    const search = await get<{ actors: Array<{ id: string }> }>('/api/actors?q=khorasan%20cell');
    expect(search.actors[0]?.id).toBe('taliban');
  });

  it('promote: a discovered actor becomes known with a type and aliases', async () => {
    // A discovered actor to promote: written by the loader like any extraction.
    await seeded.driver.executeQuery("CREATE (:Actor {id: 'd-north-front', name: 'North Front', type: 'unknown', aliases: [], aliasText: 'north front', discovered: true})");
    const res = await inject('POST', '/api/actors/d-north-front/promote', { type: 'armed_group', aliases: ['NF'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'promoted', type: 'armed_group', aliases: ['NF'] });
    const profile = await get<ActorProfile>('/api/actors/d-north-front');
    expect(profile).toMatchObject({ discovered: false, type: 'armed_group', aliases: ['NF'] });
  });

  it('dismiss: the actor and its claims leave the graph', async () => {
    const before = await get<GraphResponse>('/api/graph?limit=20000&includeNegated=true');
    const isiClaims = before.edges.filter((e) => e.data.source === 'isi' || e.data.target === 'isi').reduce((n, e) => n + e.data.count, 0);
    expect(isiClaims).toBeGreaterThan(0);
    const res = await inject('POST', '/api/actors/isi/dismiss');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'dismissed', actor: 'isi' });
    const after = await get<GraphResponse>('/api/graph?limit=20000&includeNegated=true');
    expect(after.nodes.map((n) => n.data.id)).not.toContain('isi');
    expect(after.meta.totalClaims).toBe(before.meta.totalClaims - isiClaims);
    expect((await inject('GET', '/api/actors/isi')).statusCode).toBe(404);
  });

  it('the decisions hold for the next extraction: a merged actor is written as its target, a dismissed one not at all', async () => {
    await inject('POST', '/api/actors/cia/merge', { into: 'united-states' });
    await inject('POST', '/api/actors/iskp/dismiss');
    writeFileSync(path.join(dir, 'new-article.txt'), 'The CIA visited Pakistan in spring. The United States attacked ISKP near the border.');
    const summary = await loadPaths(seeded.driver, [dir], { extractor: fixtureExtractor() });
    expect(summary.totals.failed).toBe(0);
    expect(await count("MATCH (a:Actor) WHERE a.id IN ['cia', 'iskp'] RETURN count(a)")).toBe(0);
    const claims = await get<ClaimListResponse>('/api/claims?doc=new-article');
    expect(claims.claims.map((c) => [c.source, c.type, c.target, c.sentence])).toEqual([['united-states', 'VISITED', 'pakistan', 'The CIA visited Pakistan in spring.']]);
    expect(await count("MATCH (:Document {id: 'new-article'})-[m:MENTIONS]->(:Actor {id: 'united-states'}) RETURN size(m.offsets)")).toBe(4);
    // Merges and dismissals kept the pre-aggregated edges exact.
    expect(await edgeAggregateDifferences(seeded.driver)).toEqual([]);
  });

  it('an alias learned by a merge is found by the real extractor in a new article', async () => {
    const text = 'Zorblat met with the Taliban in Doha on Monday, officials said.';
    const meta = { id: 'zorblat-article', title: null, publisher: null, author: null, published: '2024-05-06', url: null, language: null };
    // The extractor alone does not know the name.
    const plain = await (await defaultExtractor()).extract({ meta, text });
    expect(plain.mentions.filter((m) => m.start === 0)).toEqual([]);
    await seeded.driver.executeQuery("CREATE (:Actor {id: 'zorblat', name: 'Zorblat', type: 'unknown', aliases: [], aliasText: 'zorblat', discovered: true})");
    expect((await inject('POST', '/api/actors/zorblat/merge', { into: 'pakistan' })).statusCode).toBe(200);
    const learned = mkdtempSync(path.join(tmpdir(), 'actorscope-learned-'));
    try {
      writeFileSync(path.join(learned, 'zorblat-article.txt'), text);
      writeFileSync(path.join(learned, 'zorblat-article.meta.json'), JSON.stringify(meta));
      const summary = await loadPaths(seeded.driver, [learned]);
      expect(summary.totals.failed, JSON.stringify(summary.files)).toBe(0);
    } finally {
      rmSync(learned, { recursive: true, force: true });
    }
    const { records } = await seeded.driver.executeQuery("MATCH (:Document {id: 'zorblat-article'})-[m:MENTIONS]->(a:Actor) RETURN a.id AS id, m.offsets AS offsets");
    const mentions = Object.fromEntries(records.map((r) => [r.get('id') as string, r.get('offsets') as number[]]));
    expect(mentions.pakistan?.slice(0, 2)).toEqual([0, 7]);
    const claims = await get<ClaimListResponse>('/api/claims?doc=zorblat-article');
    expect(claims.claims.map((c) => [c.source, c.type, c.target])).toContainEqual(['pakistan', 'MET_WITH', 'taliban']);
  }, 120_000);
});

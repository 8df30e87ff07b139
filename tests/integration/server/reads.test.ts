import { describe, expect, it } from 'vitest';
import type { ActorProfile, ActorSearchResponse, ClaimListResponse, DocumentDetail, GraphResponse, PathResponse, StatsResponse, TimelineResponse } from '../../../shared/api';
import { RELATION_TYPE_INFO } from '../../../shared/vocabulary';
import { fixtureClaims, fixtureExtractions } from '../../support/seed-graph';
import { useSeededApp } from '../../support/server-app';

const seeded = useSeededApp();

const claims = fixtureClaims();
const texts = new Map(fixtureExtractions().map((e) => [e.document.id, e.text]));

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await seeded.app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
  return res.json() as T;
}

describe('actors', () => {
  it('finds actors by name and alias, exact matches first', async () => {
    const byAlias = await get<ActorSearchResponse>('/api/actors?q=washington');
    expect(byAlias.actors[0]?.id).toBe('united-states');
    const exact = await get<ActorSearchResponse>('/api/actors?q=isi');
    expect(exact.actors[0]?.id).toBe('isi'); // "isi" is also a substring of other names
    const prefix = await get<ActorSearchResponse>('/api/actors?q=islamic');
    expect(prefix.actors.map((a) => a.id).sort()).toEqual(['iskp', 'taliban']);
    const typed = await get<ActorSearchResponse>('/api/actors?type=agency');
    expect(typed.actors.map((a) => a.id).sort()).toEqual(['cia', 'isi']);
  });

  it('finds actors by the capitals, buildings and demonyms the extractor maps to them (gazetteer), after their own names', async () => {
    // Not aliases of the stored actors: the search reads them from the gazetteer (seeds/gazetteer.json).
    const whiteHouse = await get<ActorSearchResponse>('/api/actors?q=white%20house');
    expect(whiteHouse.actors[0]).toMatchObject({ id: 'united-states', matched: 'White House' });
    const demonym = await get<ActorSearchResponse>('/api/actors?q=pakistani');
    expect(demonym.actors[0]).toMatchObject({ id: 'pakistan', matched: 'Pakistani' });
    const langley = await get<ActorSearchResponse>('/api/actors?q=lang');
    expect(langley.actors.map((a) => a.id)).toContain('cia');
    // Kabul is era-dependent for the extractor: Afghanistan before 2021-08-15, the Taliban after.
    const kabul = await get<ActorSearchResponse>('/api/actors?q=Kabul');
    expect(kabul.actors.slice(0, 2).map((a) => a.id).sort()).toEqual(['afghanistan', 'taliban']);
    // The actor's own exact name still ranks first, and nothing matched stays empty.
    const cia = await get<ActorSearchResponse>('/api/actors?q=CIA');
    expect(cia.actors[0]?.id).toBe('cia');
    expect(cia.actors[0]?.matched).toBeUndefined();
    expect((await get<ActorSearchResponse>('/api/actors?q=zzqx')).actors).toEqual([]);
  });

  it('returns a profile with degree, years, roles and counterparts', async () => {
    const p = await get<ActorProfile>('/api/actors/william-burns');
    const own = claims.filter((c) => c.source === 'william-burns' || c.target === 'william-burns');
    expect(p.degree).toBe(own.length);
    expect(p.outgoing).toBe(own.filter((c) => c.source === 'william-burns').length);
    expect(p.firstYear).toBe(2021);
    expect(p.roles).toEqual([{ type: 'LEADS', direction: 'out', actor: { id: 'cia', name: 'CIA', type: 'agency' }, count: 1 }]);
    expect(p.topCounterparts.map((c) => c.id).sort()).toEqual(['afghanistan', 'taliban']);
    const us = await get<ActorProfile>('/api/actors/united-states');
    expect(us.firstYear).toBe(2001);
    expect(us.lastYear).toBe(2025);
    expect(us.topCounterparts[0]?.id).toBe('taliban');
  });

  it('404s an unknown actor', async () => {
    const res = await get<{ error: { code: string } }>('/api/actors/nobody', 404);
    expect(res.error.code).toBe('not_found');
  });
});

describe('claims (evidence)', () => {
  it('returns the evidence of an edge with offsets into the document text', async () => {
    const res = await get<ClaimListResponse>('/api/claims?source=united-states&target=taliban&type=ATTACKED');
    expect(res.total).toBe(2);
    for (const c of res.claims) {
      const text = texts.get(c.doc)!;
      expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      expect(text.slice(c.triggerStart, c.triggerEnd)).toBe(c.trigger);
      expect(text.slice(c.sourceStart, c.sourceEnd)).toBe('United States');
      expect(text.slice(c.targetStart, c.targetEnd)).toBe('Taliban');
      expect(c.year).toBe(2001);
    }
    expect(res.claims.map((c) => c.publisher).sort()).toEqual(['Dawn', 'Reuters']);
  });

  it('includes negated claims by default and pages', async () => {
    const all = await get<ClaimListResponse>('/api/claims?source=taliban&target=iskp');
    expect(all.claims.map((c) => c.negated).sort()).toEqual([false, true]);
    const page = await get<ClaimListResponse>('/api/claims?limit=3&offset=3');
    expect(page.total).toBe(claims.length);
    expect(page.claims).toHaveLength(3);
    const asserted = await get<ClaimListResponse>('/api/claims?includeNegated=false');
    expect(asserted.total).toBe(claims.filter((c) => !c.negated).length);
    const undirected = await get<ClaimListResponse>('/api/claims?source=pakistan&target=united-states&undirected=true');
    expect(undirected.total).toBe(claims.filter((c) => [c.source, c.target].sort().join() === 'pakistan,united-states').length);
  });

  it('404s an unknown actor', async () => {
    expect((await get<{ error: { code: string } }>('/api/claims?source=nobody', 404)).error.code).toBe('not_found');
  });

  it('400s a bad type', async () => {
    const res = await get<{ error: { code: string; message: string } }>('/api/claims?type=HUGGED', 400);
    expect(res.error.message).toContain('type');
  });
});

describe('documents', () => {
  it('lists documents and returns one with its annotations', async () => {
    const list = await get<{ documents: Array<{ id: string; status: string }>; total: number }>('/api/documents');
    expect(list.total).toBe(texts.size);
    expect(list.documents.every((d) => d.status === 'done')).toBe(true);
    const d = await get<DocumentDetail>('/api/documents/guardian-2021-withdrawal');
    expect(d.text).toBe(texts.get('guardian-2021-withdrawal'));
    expect(d.claims).toHaveLength(claims.filter((c) => c.doc === d.id).length);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end).length).toBeGreaterThan(0);
    expect(d.mentions.some((m) => m.actor === 'iskp' && d.text.slice(m.start, m.end) === 'ISKP')).toBe(true);
    const filtered = await get<{ total: number }>('/api/documents?publisher=Dawn');
    expect(filtered.total).toBe(2);
  });

  it('404s an unknown document and its status', async () => {
    expect((await get<{ error: { code: string } }>('/api/documents/none', 404)).error.code).toBe('not_found');
    expect((await get<{ error: { code: string } }>('/api/documents/none/status', 404)).error.code).toBe('not_found');
  });
});

describe('paths', () => {
  it('finds the shortest chains and honours the filters', async () => {
    const res = await get<PathResponse>('/api/paths?from=cia&to=iskp');
    expect(res.paths.length).toBeGreaterThan(0);
    const shortest = res.paths[0]!;
    expect(shortest.actors[0]).toBe('cia');
    expect(shortest.actors.at(-1)).toBe('iskp');
    expect(res.paths.every((p) => p.length === shortest.length)).toBe(true);
    // cia — william-burns — taliban — iskp (asserted 2024 support), or via the US
    expect(shortest.length).toBe(3);
    expect(res.graph.nodes.map((n) => n.data.id)).toContain('cia');
    // Only 2001 claims: no chain from the CIA to ISKP exists.
    const none = await get<PathResponse>('/api/paths?from=cia&to=iskp&yearTo=2011');
    expect(none.paths).toHaveLength(0);
    // Agencies only (plus the endpoints): the only hop is MET_WITH / COOPERATES_WITH.
    const direct = await get<PathResponse>('/api/paths?from=cia&to=isi&types=MET_WITH');
    expect(direct.paths[0]?.steps.map((s) => s.type)).toEqual(['MET_WITH']);
  });

  it('404s unknown endpoints and 400s from=to', async () => {
    expect((await get<{ error: { code: string } }>('/api/paths?from=cia&to=nobody', 404)).error.code).toBe('not_found');
    expect((await get<{ error: { code: string } }>('/api/paths?from=cia&to=cia', 400)).error.code).toBe('invalid_parameter');
    expect((await get<{ error: { code: string; message: string } }>('/api/paths?from=cia&to=isi&maxHops=9', 400)).error.message).toContain('maxHops');
  });
});

describe('timeline', () => {
  it('sums counts and the net cooperation–conflict score per year for a dyad', async () => {
    const res = await get<TimelineResponse>('/api/timeline?actors=united-states,taliban');
    const dyad = claims.filter((c) => [c.source, c.target].sort().join() === 'taliban,united-states' && !c.negated);
    const years = [...new Set(dyad.map((c) => c.year!))].sort();
    expect(res.years.map((y) => y.year)).toEqual(years);
    for (const y of res.years) {
      const of = dyad.filter((c) => c.year === y.year);
      expect(y.total).toBe(of.length);
      expect(y.net).toBeCloseTo(of.reduce((s, c) => s + RELATION_TYPE_INFO[c.type].weight, 0), 6);
    }
    expect(res.years.find((y) => y.year === 2001)).toMatchObject({ total: 2, net: -20, byType: { ATTACKED: 2 } });
    expect(res.years.find((y) => y.year === 2021)).toMatchObject({ net: 3.5, cooperation: 3.5, conflict: 0 });
  });

  it('counts negated claims without weight when included, and uses the reported axis', async () => {
    const res = await get<TimelineResponse>('/api/timeline?actors=taliban&includeNegated=true&types=SUPPORTS');
    expect(res.years.find((y) => y.year === 2023)).toMatchObject({ total: 1, negated: 1, net: 0 });
    expect(res.years.find((y) => y.year === 2024)).toMatchObject({ total: 1, negated: 0, net: 7 });
    const reported = await get<TimelineResponse>('/api/timeline?actors=united-states,taliban&timeAxis=reported&types=ATTACKED');
    expect(reported.years.map((y) => [y.year, y.total])).toEqual([[2001, 1], [2025, 1]]);
  });

  it('400s three actors and 404s an unknown one', async () => {
    expect((await get<{ error: { code: string } }>('/api/timeline?actors=a,b,c', 400)).error.code).toBe('invalid_parameter');
    expect((await get<{ error: { code: string } }>('/api/timeline?actors=nobody', 404)).error.code).toBe('not_found');
    expect((await get<{ error: { code: string; message: string } }>('/api/timeline', 400)).error.message).toContain('actors');
  });
});

describe('stats, health, export, docs', () => {
  it('returns histograms that add up to the totals', async () => {
    const s = await get<StatsResponse>('/api/stats');
    expect(s.totals.claims).toBe(claims.length);
    expect(s.totals.documents).toBe(texts.size);
    expect(s.byType.reduce((n, b) => n + b.count, 0)).toBe(claims.length);
    expect(s.byYear.find((b) => b.year === 2001)?.count).toBe(claims.filter((c) => c.year === 2001).length);
    expect(s.byPublisher.find((b) => b.key === 'Reuters')?.count).toBe(claims.filter((c) => c.publisher === 'Reuters').length);
  });

  it('lists the source documents with the most claims first, as many as sourceLimit asks, and counts them all', async () => {
    const perDoc = new Map<string, number>();
    for (const c of claims) perDoc.set(c.doc, (perDoc.get(c.doc) ?? 0) + 1);
    const expected = [...perDoc].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    const all = await get<StatsResponse>('/api/stats');
    expect(all.totals.sources).toBe(perDoc.size);
    expect(all.bySource.map(({ key, count }) => ({ key, count }))).toEqual(expected);
    for (const includeRejected of [false, true]) {
      const top = await get<StatsResponse>(`/api/stats?sourceLimit=2&includeRejected=${includeRejected}`);
      expect(top.totals.sources).toBe(perDoc.size);
      expect(top.bySource.map(({ key, count }) => ({ key, count }))).toEqual(expected.slice(0, 2));
      expect(top.bySource[0]?.title).toBe(all.bySource[0]?.title);
    }
    expect((await get<StatsResponse>('/api/stats?sourceLimit=0')).bySource).toEqual([]);
    const bad = await seeded.app.inject({ url: '/api/stats?sourceLimit=-1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('sourceLimit');
  });

  it('reports health with counts', async () => {
    const h = await get<{ neo4j: string; actors: number; claims: number; documents: number }>('/api/health');
    expect(h.neo4j).toMatch(/^5\./);
    expect(h.claims).toBe(claims.length);
    expect(h.documents).toBe(texts.size);
    expect(h.actors).toBe(new Set(claims.flatMap((c) => [c.source, c.target])).size);
  });

  it('exports JSON, GraphML, GEXF with yearly spells, and CSV with the same filters', async () => {
    const json = await seeded.app.inject({ url: '/api/export?format=json&types=ATTACKED' });
    expect(json.statusCode).toBe(200);
    const attacks = new Set(claims.filter((c) => c.type === 'ATTACKED').map((c) => `${c.source}|ATTACKED|${c.target}`));
    const exported = JSON.parse(json.body) as GraphResponse;
    expect(exported.edges).toHaveLength(attacks.size);
    // Exports always carry the document ids, which the default graph answer leaves out.
    for (const e of exported.edges) expect(e.data.documents).toHaveLength(e.data.documentCount);
    expect(exported.edges.some((e) => e.data.documentCount > 0)).toBe(true);
    const graphml = await seeded.app.inject({ url: '/api/export?format=graphml&types=ATTACKED' });
    expect(graphml.headers['content-type']).toContain('graphml');
    expect(graphml.body.match(/<edge /g)).toHaveLength(attacks.size);
    const gexf = await seeded.app.inject({ url: '/api/export?format=gexf&types=ATTACKED' });
    expect(gexf.body).toContain('mode="dynamic"');
    expect(gexf.body).toContain('<spell start="2001" end="2001"/>');
    const csv = await seeded.app.inject({ url: '/api/export?format=csv&types=ATTACKED' });
    expect(csv.headers['content-disposition']).toContain('actorscope-graph.csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(attacks.size + 1);
    const bad = await seeded.app.inject({ url: '/api/export?format=pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('json, graphml, gexf, csv');
  });

  it('serves the OpenAPI document at /docs', async () => {
    const res = await seeded.app.inject({ url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/graph');
    const head = await seeded.app.inject({ url: '/api/health' });
    expect(head.headers['x-content-type-options']).toBe('nosniff');
    expect(head.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 404 with the error shape for unknown routes', async () => {
    const res = await seeded.app.inject({ url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

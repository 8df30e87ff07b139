import { describe, expect, it } from 'vitest';
import type { CompactGraph, GraphResponse } from '../../../shared/api';
import { compactGraph, expandGraph } from '../../../shared/graph-compact';
import { fixtureClaims } from '../../support/seed-graph';
import { useSeededApp } from '../../support/server-app';
import { presentEdge, type GraphRows } from '../../../server/presenters/graph-presenter';

const seeded = useSeededApp();

const claims = fixtureClaims();

async function graph(query: string): Promise<GraphResponse> {
  const res = await seeded.app.inject({ method: 'GET', url: `/api/graph${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as GraphResponse;
}
const edgeIds = (g: GraphResponse) => g.edges.map((e) => e.data.id).sort();
const nodeIds = (g: GraphResponse) => g.nodes.map((n) => n.data.id).sort();

describe('GET /api/graph', () => {
  it('aggregates parallel claims per (source, type, target) with totals', async () => {
    const g = await graph('');
    const asserted = claims.filter((c) => !c.negated);
    const expected = new Set(asserted.map((c) => `${c.source}|${c.type}|${c.target}`));
    expect(edgeIds(g)).toEqual([...expected].sort());
    expect(g.meta.totalClaims).toBe(asserted.length);
    expect(g.meta.totalEdges).toBe(expected.size);
    expect(g.meta.truncated).toBe(false);
    const attack = g.edges.find((e) => e.data.id === 'united-states|ATTACKED|taliban')!;
    expect(attack.data.count).toBe(2);
    expect(attack.data.documentCount).toBe(2);
    expect(attack.data.documents).toBeUndefined();
    expect(attack.data.publishers).toEqual(['Dawn', 'Reuters']);
    expect(attack.data.years).toEqual([2001]);
    expect(attack.data.weight).toBe(-20);
    const us = g.nodes.find((n) => n.data.id === 'united-states')!;
    expect(us.data.label).toBe('United States');
    expect(us.data.degree).toBe(g.edges.filter((e) => e.data.source === 'united-states' || e.data.target === 'united-states').length);
  });

  it('lists each edge\'s document ids with documentIds=true, and they agree with documentCount', async () => {
    const g = await graph('?documentIds=true');
    const attack = g.edges.find((e) => e.data.id === 'united-states|ATTACKED|taliban')!;
    expect(attack.data.documents).toEqual(['dawn-2025-talks', 'reuters-2001-strikes']);
    for (const e of g.edges) {
      const docs = new Set(claims.filter((c) => !c.negated && `${c.source}|${c.type}|${c.target}` === e.data.id).map((c) => c.doc));
      expect(e.data.documents).toEqual([...docs].sort());
      expect(e.data.documentCount).toBe(docs.size);
    }
  });

  it('filters by event year, and by reported year with timeAxis=reported', async () => {
    const event = await graph('?yearFrom=2001&yearTo=2001');
    expect(edgeIds(event)).toEqual(['pakistan|SUPPORTS|united-states', 'united-states|ATTACKED|taliban']);
    expect(event.edges.find((e) => e.data.source === 'united-states')!.data.count).toBe(2);
    const reported = await graph('?yearFrom=2001&yearTo=2001&timeAxis=reported');
    expect(reported.edges.find((e) => e.data.source === 'united-states')!.data.count).toBe(1);
    const late = await graph('?yearFrom=2025&timeAxis=reported');
    expect(late.meta.totalClaims).toBe(claims.filter((c) => c.doc === 'dawn-2025-talks').length);
  });

  it('filters by source document id or publisher', async () => {
    const byDoc = await graph('?sources=dawn-2011-raid');
    expect(byDoc.meta.totalClaims).toBe(3);
    const byPublisher = await graph('?sources=Reuters');
    expect(byPublisher.meta.totalClaims).toBe(claims.filter((c) => c.publisher === 'Reuters' && !c.negated).length);
  });

  it('filters by relation type and actor type', async () => {
    const attacks = await graph('?types=ATTACKED');
    expect(attacks.edges.every((e) => e.data.type === 'ATTACKED')).toBe(true);
    expect(attacks.meta.totalClaims).toBe(claims.filter((c) => c.type === 'ATTACKED').length);
    const agencies = await graph('?actorTypes=agency');
    expect(edgeIds(agencies)).toEqual(['cia|COOPERATES_WITH|isi', 'cia|MET_WITH|isi']);
  });

  it('focuses on an actor neighbourhood with depth 1 and 2', async () => {
    const d1 = await graph('?actors=iskp');
    expect(nodeIds(d1)).toEqual(['iskp', 'khorasan-cell', 'pakistan', 'taliban', 'united-states']);
    expect(d1.nodes.find((n) => n.data.id === 'iskp')!.data.focus).toBe(true);
    const d2 = await graph('?actors=iskp&depth=2');
    expect(nodeIds(d2)).toContain('isi');
    expect(nodeIds(d2)).toContain('william-burns');
    expect(nodeIds(d2)).not.toContain('cia'); // three hops away
    const d3 = await graph('?actors=iskp&depth=3');
    expect(nodeIds(d3)).toContain('cia');
  });

  it('hides negated claims unless includeNegated, and flags contested edges', async () => {
    const without = await graph('?actors=taliban&types=SUPPORTS');
    const e = without.edges.find((x) => x.data.id === 'taliban|SUPPORTS|iskp')!;
    expect(e.data.count).toBe(1);
    expect(e.data.negatedCount).toBe(1);
    expect(e.data.contested).toBe(true);
    const only2023 = await graph('?types=SUPPORTS&yearFrom=2023&yearTo=2023');
    expect(only2023.edges).toHaveLength(0);
    const withNeg = await graph('?types=SUPPORTS&yearFrom=2023&yearTo=2023&includeNegated=true');
    expect(edgeIds(withNeg)).toEqual(['taliban|SUPPORTS|iskp']);
    expect(withNeg.edges[0]!.data.contested).toBe(false);
    expect(withNeg.edges[0]!.data.weight).toBe(0);
  });

  it('filters by modality and corroboration (minSources)', async () => {
    const speculative = await graph('?modality=speculative');
    expect(edgeIds(speculative)).toEqual(['cia|COOPERATES_WITH|isi']);
    const corroborated = await graph('?minSources=2');
    expect(edgeIds(corroborated)).toEqual(['pakistan|ACCUSED|taliban', 'united-states|ATTACKED|taliban']);
  });

  it('truncates to limit, most-supported edges first, with totals before truncation', async () => {
    const all = await graph('');
    const g = await graph('?limit=2');
    expect(g.edges).toHaveLength(2);
    expect(g.meta.truncated).toBe(true);
    expect(g.meta.totalEdges).toBe(all.meta.totalEdges);
    expect(g.meta.totalNodes).toBe(all.nodes.length);
    expect(g.edges.every((e) => e.data.count === 2)).toBe(true);
  });

  it('404s an unknown focus actor', async () => {
    const res = await seeded.app.inject({ url: '/api/graph?actors=taliban,nobody' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.json().error.message).toContain('nobody');
  });

  it('rejects bad parameters with 400 naming the parameter', async () => {
    for (const [query, name] of [
      ['?yearFrom=abc', 'yearFrom'], ['?types=HUGGED', 'types'], ['?actorTypes=alien', 'actorTypes'], ['?depth=4&actors=x', 'depth'],
      ['?timeAxis=later', 'timeAxis'], ['?limit=0', 'limit'], ['?minSources=0', 'minSources'], ['?yearFrom=2020&yearTo=2010', 'yearFrom'],
      ['?modality=certain', 'modality'], ['?includeNegated=maybe', 'includeNegated'],
    ] as const) {
      const res = await seeded.app.inject({ method: 'GET', url: `/api/graph${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('invalid_parameter');
      expect(res.json().error.message).toContain(name);
    }
  });
});

describe('GET /api/graph/compact', () => {
  it('answers the same graph as /api/graph, compact, in either order of requests (one cached answer, two bodies)', async () => {
    for (const query of ['', '?limit=2', '?documentIds=true&includeNegated=true', '?actors=taliban&depth=2', '?yearFrom=2001&yearTo=2001&minSources=2']) {
      const compactFirst = await seeded.app.inject({ url: `/api/graph/compact${query}` });
      const full = await graph(query);
      const compactAfter = await seeded.app.inject({ url: `/api/graph/compact${query}` });
      for (const res of [compactFirst, compactAfter]) {
        expect(res.statusCode, res.body).toBe(200);
        const compact = res.json() as CompactGraph;
        expect(compact.edges.source, query).toHaveLength(full.edges.length);
        expect(expandGraph(compact), query).toEqual(full);
        expect(compact).toEqual(compactGraph(full));
      }
      expect(compactAfter.headers.etag).toBe(compactFirst.headers.etag);
      expect(compactAfter.body.length, query).toBeLessThan(JSON.stringify(full).length);
    }
  });

  it('404s an unknown focus actor and 400s a bad parameter, naming it, as /api/graph does', async () => {
    const missing = await seeded.app.inject({ url: '/api/graph/compact?actors=taliban,nobody' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('nobody');
    const bad = await seeded.app.inject({ url: '/api/graph/compact?minSources=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_parameter');
    expect(bad.json().error.message).toContain('minSources');
  });
});

describe('focus strategies', () => {
  it('the index-backed focus query returns exactly what expanding the inner actors returns', async () => {
    const { buildGraphQuery, buildIndexedFocusQuery, buildFocusCostQuery } = await import('../../../server/queries/graph-cypher');
    const { parseGraphFilters } = await import('../../../server/queries/graph-filters');
    for (const raw of [
      { actors: 'taliban', yearFrom: 2020, yearTo: 2024 },
      { actors: 'pakistan', yearFrom: 2001, includeNegated: true, actorTypes: 'state' },
      { actors: 'iskp', yearTo: 2023, types: 'ATTACKED,SUPPORTS', minSources: 1 },
    ]) {
      const filters = parseGraphFilters(raw);
      const inner = [raw.actors, 'united-states', 'cia'];
      const expand = buildGraphQuery(filters, inner);
      const indexed = buildIndexedFocusQuery(filters, inner);
      // Lists inside an edge come in traversal order; the presenter sorts them.
      const run = async (q: { cypher: string; params: Record<string, unknown> }) => {
        const r = (await seeded.driver.executeQuery(q.cypher, q.params)).records[0]!.toObject() as unknown as GraphRows;
        return { ...r, edges: r.edges.map((e) => presentEdge(e, { documentIds: true }).data) };
      };
      const a = await run(expand);
      expect(await run(indexed), JSON.stringify(raw)).toEqual(a);
      expect(a.totalClaims).toBeGreaterThan(0);
      const cost = buildFocusCostQuery(filters, inner);
      const c = (await seeded.driver.executeQuery(cost.cypher, cost.params)).records[0]!;
      expect(Number(c.get('degree'))).toBeGreaterThan(0);
      expect(Number(c.get('inRange'))).toBeGreaterThan(0);
    }
  });

  it('aggregating claim rows in Node equals aggregating them in Neo4j, and the fallback gives the same graph', async () => {
    const { buildGraphQuery } = await import('../../../server/queries/graph-cypher');
    const { parseGraphFilters } = await import('../../../server/queries/graph-filters');
    const { aggregateClaimRows } = await import('../../../server/queries/aggregate-claims');
    const { fetchGraphRows } = await import('../../../server/repositories/graph-repository');
    for (const raw of [
      {}, { includeNegated: true }, { minSources: 2 }, { includeNegated: true, minSources: 1 }, { limit: 3 }, { timeAxis: 'reported' as const, yearFrom: 2024 },
      { sources: 'Reuters,dawn-2011-raid', modality: 'asserted,reported' }, { actorTypes: 'state,agency', types: 'ATTACKED,COOPERATES_WITH,MET_WITH' },
    ]) {
      const filters = parseGraphFilters(raw);
      const normal = (r: GraphRows) => ({ ...r, edges: r.edges.map((e) => presentEdge(e, { documentIds: true }).data) });
      const agg = buildGraphQuery(filters);
      const inNeo4j = (await seeded.driver.executeQuery(agg.cypher, agg.params)).records[0]!.toObject() as unknown as GraphRows;
      const rows = buildGraphQuery(filters, undefined, 'rows');
      const claimRows = (await seeded.driver.executeQuery(rows.cypher, rows.params)).records.map((r) => r.toObject());
      expect(normal(aggregateClaimRows(claimRows as never, filters)), JSON.stringify(raw)).toEqual(normal(inNeo4j));

      const session = seeded.driver.session();
      try {
        const [node, fallback] = await session.executeRead(async (tx) => [await fetchGraphRows(tx, filters), await fetchGraphRows(tx, filters, undefined, 1)]);
        expect(normal(fallback!.rows)).toEqual(normal(node!.rows));
        expect(normal(node!.rows)).toEqual(normal(inNeo4j));
      } finally {
        await session.close();
      }
    }
  });
});

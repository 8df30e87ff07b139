// A one-year view read from the coarse level of the aggregates (year edges: its top edges by index,
// its totals from the actor years) equals the same view folded from every fine aggregate, on the seed
// graph: the whole graph and focus views of each year, at limits that cut through ties.
import { describe, expect, it } from 'vitest';
import { presentEdge, type GraphRows } from '../../../server/presenters/graph-presenter';
import { parseGraphFilters, type RawGraphFilters } from '../../../server/queries/graph-filters';
import { aggregateGraphRows, innerActorsFromAggregates } from '../../../server/repositories/aggregate-reads';
import { innerActorsFromYearEdges, planYearEdgeView, readYearEdgeView } from '../../../server/repositories/year-edge-reads';
import { yearEdgeViewYear } from '../../../server/queries/year-view';
import type { GraphFilters } from '../../../shared/api';
import { RELATION_TYPES, type RelationType } from '../../../shared/vocabulary';
import { writeDocuments } from '../../../documents/write-documents';
import { buildExtraction } from '../../support/seed-graph';
import { useSeededApp } from '../../support/server-app';
import { createAvailability } from '../../../server/repositories/availability';
import { createGraphRepository } from '../../../server/repositories/graph-repository';
import { createViewGate } from '../../../server/repositories/view-gate';

const seeded = useSeededApp({ cacheTtlMs: 0 });
const TYPES: RelationType[] = ['ATTACKED', 'SUPPORTS', 'WARNED'];

const year = (f: GraphFilters) => yearEdgeViewYear(f) as number;

const normal = (r: GraphRows) => ({
  totalEdges: Number(r.totalEdges), totalClaims: Number(r.totalClaims), totalNodes: Number(r.totalNodes),
  edges: r.edges.map((e) => presentEdge(e, { documentIds: true }).data),
});

describe('graph from the year edges', () => {
  it('equals the graph folded from the fine aggregates, for every year, focus and limit it answers', async () => {
    const years = (await seeded.driver.executeQuery('MATCH ()-[r]->() WHERE r.year IS NOT NULL RETURN DISTINCT r.year AS y ORDER BY y')).records.map((r) => Number(r.get('y')));
    const hubs = (await seeded.driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC, id LIMIT 6')).records.map((r) => r.get('id') as string);
    expect(years.length).toBeGreaterThan(3);
    const cases: RawGraphFilters[] = [];
    for (const year of years) {
      for (const limit of [1, 2, 3, 7, 2000]) cases.push({ yearFrom: year, yearTo: year, limit });
      for (const actor of hubs) for (const depth of [1, 2, 3]) cases.push({ yearFrom: year, yearTo: year, actors: actor, depth, limit: depth === 2 ? 4 : 2000 });
      cases.push({ yearFrom: year, yearTo: year, actors: hubs.slice(0, 2).join(','), depth: 2 });
    }
    let answered = 0;
    let focused = 0;
    const session = seeded.driver.session();
    try {
      for (const raw of cases) {
        const filters = parseGraphFilters(raw);
        const [byYear, folded] = await session.executeRead(async (tx) => {
          const inner = filters.actors ? await innerActorsFromAggregates(tx, filters, filters.actors) : undefined;
          const yearInner = filters.actors ? await innerActorsFromYearEdges(tx, year(filters), filters.actors, filters.depth) : undefined;
          expect(yearInner?.slice().sort(), JSON.stringify(raw)).toEqual(inner?.slice().sort());
          const view = await planYearEdgeView(tx, filters, year(filters), inner, false);
          return [view && await readYearEdgeView(tx, filters, view), await aggregateGraphRows(tx, filters, inner)];
        });
        if (byYear === undefined) continue;
        answered += 1;
        if (filters.actors) focused += 1;
        expect(normal(byYear), JSON.stringify(raw)).toEqual(normal(folded));
      }
    } finally {
      await session.close();
    }
    // The comparison is about views the year edges do answer: whole graphs and hub neighbourhoods.
    expect(answered).toBeGreaterThan(years.length * 5);
    expect(focused).toBeGreaterThan(years.length);
  });

  // Last two: the first adds documents to the seed graph, so one year covers many more claims than a small limit.
  it('answers /api/graph when the view covers many more claims than its limit, as the fine aggregates would', async () => {
    const names: Record<string, string> = { 'united-states': 'United States', pakistan: 'Pakistan', taliban: 'Taliban', cia: 'CIA' };
    const ids = Object.keys(names);
    const docs = [0, 1, 2, 3].map((d) => buildExtraction({
      id: `year-doc-${d}`, title: `Year document ${d}`, publisher: d % 2 ? 'Reuters' : 'Dawn', published: '2021-05-01',
      sentences: ids.flatMap((s, i) => ids.filter((t) => t !== s).map((t, j) => ({
        text: `${names[s]} acted on ${names[t]} here.`,
        claims: [{ source: s, target: t, type: TYPES[(i + j + d) % 3]!, s: names[s]!, trigger: 'acted on', t: names[t]!, year: 2021, negated: (i + d) % 4 === 0, modality: 'asserted' as const }],
      }))),
    }));
    await writeDocuments(seeded.driver, docs);
    const get = async (query: string) => {
      const res = await seeded.app.inject({ method: 'GET', url: `/api/graph?${query}` });
      expect(res.statusCode, query).toBe(200);
      return res.json() as unknown;
    };
    // Listing every relation type is the same view, but a filter the year edges do not answer: the fine aggregates fold it.
    for (const q of ['yearFrom=2021&yearTo=2021&limit=3', 'yearFrom=2021&yearTo=2021&limit=2&actors=pakistan&depth=2', 'yearFrom=2021&yearTo=2021&limit=1&actors=taliban']) {
      expect(await get(q), q).toEqual(await get(`${q}&types=${RELATION_TYPES.join(',')}`));
    }
  });

  it('reads the same through the view gate when the view is heavy (planned again in the gated transaction)', async () => {
    const db = { driver: seeded.driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(seeded.driver, 'neo4j') };
    const gated = createGraphRepository(db, createViewGate({ heavyClaims: 1e9, slots: 1, maxWaiting: 10 }), createViewGate({ heavyClaims: 1, slots: 1, maxWaiting: 10 }));
    const plain = createGraphRepository(db, createViewGate({ heavyClaims: 1e9, slots: 1, maxWaiting: 10 }), createViewGate({ heavyClaims: 1e9, slots: 1, maxWaiting: 10 }));
    for (const raw of [{ yearFrom: 2021, yearTo: 2021, limit: 1 }, { yearFrom: 2021, yearTo: 2021, limit: 2, actors: 'pakistan', depth: 2 }]) {
      const filters = parseGraphFilters(raw);
      expect(await gated.graph(filters), JSON.stringify(raw)).toEqual(await plain.graph(filters));
    }
  });
});

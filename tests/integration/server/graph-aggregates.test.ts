// /api/graph, /api/paths and /api/timeline read the pre-aggregated edges; the claims stay the
// reference. For many filter combinations (focus and depth, both time axes, undated claims, denials,
// corroboration, publishers, modalities, actor and relation types, limits) the answer from the
// aggregates equals the answer computed from the claims, on the seed graph.
import { describe, expect, it } from 'vitest';
import type { GraphFilters } from '../../../shared/api';
import { actorRowsInOrder, actorRowsOf, presentEdge, type GraphRows } from '../../../server/presenters/graph-presenter';
import { ACTOR_NODES_QUERY } from '../../../server/queries/graph-cypher';
import { parseGraphFilters, type RawGraphFilters } from '../../../server/queries/graph-filters';
import {
  aggregateGraphRows, answeredByAggregates, innerActorsFromAggregates, planAggregateRead, readPlannedGraphRows,
} from '../../../server/repositories/aggregate-reads';
import { buildAggregateNeighbourQuery, buildInnerCostQuery, buildInnerRowsQuery, buildPlannedRowsQuery, buildYearClaimsAndNeighboursQuery } from '../../../server/queries/aggregate-cypher';
import { buildYearClaimsQuery } from '../../../server/queries/year-edge-cypher';
import { yearWorthPlanning, yearWorthPlanningWithHop } from '../../../server/repositories/year-edge-reads';
import { batchedList } from '../../../server/queries/result-batches';
import { fetchGraphRows, innerActors } from '../../../server/repositories/graph-repository';
import { withEdgeAggregates } from '../../../neo4j/edge-aggregates';
import { presentTimeline } from '../../../server/presenters/timeline-presenter';
import {
  aggregateTimelineRows, claimTimelineRows, timelineAnswerInOneQuery, timelineAnswerInQueries, timelineInOneQuery,
} from '../../../server/repositories/timeline-repository';
import { answeredInOneQuery, pathAnswerInOneQuery, pathAnswerInQueries } from '../../../server/repositories/path-repository';
import { useSeededApp } from '../../support/server-app';

const seeded = useSeededApp({ cacheTtlMs: 0 });

const normal = (r: GraphRows) => ({
  totalEdges: Number(r.totalEdges), totalClaims: Number(r.totalClaims), totalNodes: Number(r.totalNodes),
  edges: r.edges.map((e) => presentEdge(e, { documentIds: true }).data),
});

const CASES: RawGraphFilters[] = [
  {}, { includeNegated: true }, { minSources: 2 }, { includeNegated: true, minSources: 1 }, { limit: 3 },
  { yearFrom: 2011, yearTo: 2023 }, { yearFrom: 2024 }, { yearTo: 2011, includeUndated: true }, { timeAxis: 'reported', yearFrom: 2024 },
  { timeAxis: 'reported', yearFrom: 2020, yearTo: 2024, includeNegated: true }, { sources: 'Reuters,Dawn' }, { sources: 'Al Jazeera', includeNegated: true },
  { modality: 'asserted,reported' }, { modality: 'speculative' }, { actorTypes: 'state,agency', types: 'ATTACKED,COOPERATES_WITH,MET_WITH' },
  { actorTypes: 'armed_group' }, { types: 'SUPPORTS', includeNegated: true },
  { actors: 'pakistan' }, { actors: 'pakistan', depth: 2 }, { actors: 'taliban', depth: 3, includeNegated: true },
  { actors: 'united-states', depth: 2, yearFrom: 2001, yearTo: 2011 }, { actors: 'cia,isi', depth: 2, actorTypes: 'agency' },
  { actors: 'taliban', depth: 2, actorTypes: 'state', minSources: 1 }, { actors: 'pakistan', depth: 2, timeAxis: 'reported', yearFrom: 2023, includeUndated: true },
  { actors: 'pakistan', depth: 2, yearFrom: 2020, modality: 'asserted', sources: 'Dawn' },
];

describe('graph from the edge aggregates', () => {
  it('equals the graph from the claims for every filter combination', async () => {
    const session = seeded.driver.session();
    try {
      for (const raw of CASES) {
        const filters: GraphFilters = parseGraphFilters(raw);
        const [fromAggregates, fromClaims, used] = await session.executeRead(async (tx) => {
          const aggInner = filters.actors ? await innerActorsFromAggregates(tx, filters, filters.actors) : undefined;
          const claimInner = filters.actors ? await innerActors(tx, filters, filters.actors) : undefined;
          expect(aggInner?.slice().sort(), JSON.stringify(raw)).toEqual(claimInner?.slice().sort());
          return [await aggregateGraphRows(tx, filters, aggInner), (await fetchGraphRows(tx, filters, claimInner)).rows, await answeredByAggregates(tx, filters)];
        });
        expect(used, JSON.stringify(raw)).toBe(true);
        expect(normal(fromAggregates), JSON.stringify(raw)).toEqual(normal(fromClaims));
        expect(fromClaims.totalEdges, JSON.stringify(raw)).toBeDefined();
      }
    } finally {
      await session.close();
    }
  });

  it('plans and reads a view in one query as the plan query and the rows query do, and reads nothing of a heavy view', async () => {
    const session = seeded.driver.session();
    const strategies = new Set<string>();
    const withActors = new Set<number>();
    let withoutActors = 0;
    try {
      for (const raw of CASES.filter((c) => !c.sources)) {
        const filters = parseGraphFilters(raw);
        await session.executeRead(async (tx) => {
          const inner = filters.actors ? await innerActorsFromAggregates(tx, filters, filters.actors) : undefined;
          const plan = await planAggregateRead(tx, filters, inner);
          const known = { inRange: plan.strategy === 'scan' || inner === undefined ? plan.claims : 1e9 };
          for (const given of [undefined, known]) {
            const expected = given ? await planAggregateRead(tx, filters, inner, given) : plan;
            const light = await readPlannedGraphRows(tx, filters, inner, given, expected.claims + 1);
            expect(light.plan, JSON.stringify(raw)).toEqual(expected);
            expect(normal(light.rows!), JSON.stringify(raw)).toEqual(normal(await aggregateGraphRows(tx, filters, inner)));
            // The actors come with the rows exactly when the view has at most `limit` aggregates, and
            // then hold every actor the actor query reads for the answer's ends and focus.
            const lightQuery = buildPlannedRowsQuery(filters, inner, given?.inRange, expected.claims + 1);
            const aggregates = batchedList<string>((await tx.run(lightQuery.cypher, lightQuery.params)).records, 'rows').length;
            expect(light.actors !== undefined, JSON.stringify(raw)).toBe(aggregates <= filters.limit);
            if (light.actors) {
              const ids = [...new Set([...(filters.actors ?? []), ...light.rows!.edges.flatMap((e) => [e.source, e.target])])];
              const read = actorRowsOf((await tx.run(ACTOR_NODES_QUERY, { ids })).records);
              const byId = new Map(light.actors.map((a) => [a.id, a]));
              expect(read.map((a) => byId.get(a.id)), JSON.stringify(raw)).toEqual(read);
              withActors.add(read.length);
            }
            withoutActors += light.actors ? 0 : 1;
            const heavy = await readPlannedGraphRows(tx, filters, inner, given, expected.claims);
            expect(heavy, JSON.stringify(raw)).toEqual({ plan: expected });
            const q = buildPlannedRowsQuery(filters, inner, given?.inRange, expected.claims);
            expect(batchedList<string>((await tx.run(q.cypher, q.params)).records, 'rows'), JSON.stringify(raw)).toEqual([]);
            strategies.add(expected.strategy);
          }
        });
      }
    } finally {
      await session.close();
    }
    expect([...strategies].sort()).toEqual(['scan', 'seek']);
    expect([withActors.size > 1, withoutActors > 0]).toEqual([true, true]);
  });

  it('reads the actors of a few ids by seeks and of many by one scan, the same rows, listed in the ids\' order', async () => {
    const session = seeded.driver.session();
    try {
      await session.executeRead(async (tx) => {
        const all = ((await tx.run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id')).records.map((r) => r.get('id') as string));
        const seek = async (ids: string[]) => actorRowsOf((await tx.run(
          'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN collect([a.id, a.name, a.type, coalesce(a.discovered, false), coalesce(a.aliases, [])]) AS actors', { ids },
        )).records);
        const plans = new Set<string>();
        for (const ids of [['pakistan', 'ghost'], [all[3]!, all[0]!], all.slice().reverse(), [...all.slice(0, Math.ceil(all.length / 3)), 'ghost'], []]) {
          const q = `PROFILE ${ACTOR_NODES_QUERY}`;
          const result = await tx.run(q, { ids });
          expect(actorRowsInOrder(actorRowsOf(result.records), ids), JSON.stringify(ids)).toEqual(await seek(ids));
          type Plan = { operatorType: string; rows: number; arguments: Record<string, unknown>; children: Plan[] };
          const all2 = (p: Plan): Plan[] => [p, ...p.children.flatMap(all2)];
          const used = all2(result.summary.profile as unknown as Plan).filter((p) => p.rows > 0 && /NodeUniqueIndexSeek|NodeIndexScan/.test(p.operatorType) && String(p.arguments.Details).includes('Actor(id)'));
          plans.add(used.map((p) => p.operatorType.split('@')[0]).join(','));
        }
        expect([...plans].sort()).toEqual(['', 'NodeIndexScan', 'NodeUniqueIndexSeek']);
      });
    } finally {
      await session.close();
    }
  });

  it('tests the ends of a focus view\'s scanned aggregates from the (year, source, target) index, not the property store', async () => {
    const filters = parseGraphFilters({ actors: 'pakistan', depth: 2, yearFrom: 2009, yearTo: 2012 });
    const q = buildPlannedRowsQuery(filters, ['pakistan', 'taliban'], undefined, 50_000);
    type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
    const details = (plan: Plan) => String(plan.arguments.Details ?? '');
    const all = (plan: Plan): Plan[] => [plan, ...plan.children.flatMap(all)];
    const { summary } = await seeded.driver.executeQuery(`EXPLAIN ${q.cypher}`, q.params);
    // The filter on the inner actors, and the seek under it: both ends from the index's values.
    const [filter, ...more] = all(summary.plan as unknown as Plan).filter((p) => details(p).includes('$isInner'));
    expect(more, q.cypher).toEqual([]);
    expect(details(filter!)).toMatch(/\$isInner\[cache\[e\.source\]\] IS NOT NULL OR \$isInner\[cache\[e\.target\]\] IS NOT NULL/);
    const seek = all(filter!).find((p) => p.operatorType.startsWith('NodeIndexSeek'));
    expect(details(seek!)).toContain('EdgeAggregate(year, source, target)');
    expect(details(seek!)).toContain('cache[e.source], cache[e.target]');
  });

  it('takes a focus expansion\'s first step in the year\'s tally query, and none when the year edges will expand it', async () => {
    const session = seeded.driver.session();
    let stepsTaken = 0;
    try {
      for (const raw of CASES.filter((c) => c.actors && (c.depth ?? 1) > 1)) {
        for (const [year, limit] of [[2011, 2000], [2024, 2000], [2011, 1]] as const) {
          const filters = parseGraphFilters({ ...raw, limit });
          await session.executeRead(async (tx) => {
            const known = await yearWorthPlanningWithHop(tx, filters, year, filters.actors!);
            expect({ claims: known.claims, worth: known.worth }, JSON.stringify(raw)).toEqual(await yearWorthPlanning(tx, year, limit));
            if (known.worth) {
              expect(known.firstHop, JSON.stringify(raw)).toBeUndefined();
              return;
            }
            const q = buildAggregateNeighbourQuery(filters, filters.actors!, filters.actors!);
            const step = ((await tx.run(q.cypher, q.params)).records[0]?.get('ids') as string[]).slice().sort();
            expect(known.firstHop!.slice().sort(), JSON.stringify(raw)).toEqual(step);
            const inner = await innerActorsFromAggregates(tx, filters, filters.actors!, known.firstHop);
            expect(inner.slice().sort(), JSON.stringify(raw)).toEqual((await innerActorsFromAggregates(tx, filters, filters.actors!)).sort());
            stepsTaken += step.length > 0 ? 1 : 0;
          });
        }
      }
    } finally {
      await session.close();
    }
    expect(stepsTaken).toBeGreaterThan(0);
  });

  it('sums a year range\'s tallies from the tally year index, not a scan of every tally', async () => {
    const filters = parseGraphFilters({ actors: 'pakistan', depth: 2, yearFrom: 2011, yearTo: 2011 });
    const range = parseGraphFilters({ yearFrom: 2009, yearTo: 2012 });
    const queries = [
      buildYearClaimsQuery(2011), buildYearClaimsAndNeighboursQuery(filters, 2011, 10, ['pakistan']),
      buildPlannedRowsQuery(range, undefined, undefined, 50_000), buildPlannedRowsQuery(range, ['pakistan'], undefined, 50_000), buildInnerCostQuery(range, ['pakistan']),
    ];
    type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
    const scans = (plan: Plan): string[] => [
      ...(plan.operatorType.startsWith('NodeByLabelScan') && String(plan.arguments.Details).includes('ClaimTally') ? [String(plan.arguments.Details)] : []),
      ...plan.children.flatMap(scans),
    ];
    for (const q of queries) {
      const { summary } = await seeded.driver.executeQuery(`EXPLAIN ${q.cypher}`, q.params);
      expect(scans(summary.plan as unknown as Plan), q.cypher).toEqual([]);
    }
  });

  it('reads the same aggregates through the actor indexes as through the year range', async () => {
    const session = seeded.driver.session();
    try {
      for (const raw of CASES.filter((c) => c.actors)) {
        const filters = parseGraphFilters(raw);
        const rows = await session.executeRead(async (tx) => {
          const inner = await innerActorsFromAggregates(tx, filters, filters.actors!);
          return Promise.all((['seek', 'scan'] as const).map(async (strategy) => {
            const q = buildInnerRowsQuery(filters, inner, strategy);
            return batchedList<string>((await tx.run(q.cypher, q.params)).records, 'rows').sort();
          }));
        });
        expect(rows[1], JSON.stringify(raw)).toEqual(rows[0]);
        expect(rows[0]!.length, JSON.stringify(raw)).toBeGreaterThan(0);
      }
    } finally {
      await session.close();
    }
  });

  it('gives the timeline the claims give, for one actor and for a dyad', async () => {
    const session = seeded.driver.session();
    try {
      for (const raw of CASES.filter((c) => !c.actors)) {
        const filters = parseGraphFilters(raw);
        for (const actors of [['pakistan'], ['taliban'], ['united-states', 'taliban'], ['cia', 'isi']]) {
          const [fromAggregates, fromClaims] = await session.executeRead(async (tx) => [
            presentTimeline(await aggregateTimelineRows(tx, filters, actors)), presentTimeline(await claimTimelineRows(tx, filters, actors)),
          ]);
          expect(fromAggregates, `${JSON.stringify(raw)} ${actors.join(',')}`).toEqual(fromClaims);
        }
      }
    } finally {
      await session.close();
    }
  });

  it('answers /api/timeline in one query as the separate actor and row queries do', async () => {
    const session = seeded.driver.session();
    let answers = 0;
    try {
      for (const raw of CASES.filter((c) => !c.actors)) {
        const filters = parseGraphFilters(raw);
        if (!timelineInOneQuery(filters)) continue;
        for (const actors of [['pakistan'], ['taliban'], ['united-states', 'taliban'], ['cia', 'isi'], ['taliban', 'united-states'], ['khorasan-cell'], ['no-such-actor'], ['pakistan', 'no-such-actor']]) {
          const label = `${JSON.stringify(raw)} ${actors.join(',')}`;
          const outcome = (p: Promise<unknown>) => p.then((answer) => ({ answer }), (error: { code?: string; message?: string }) => ({ error: [error.code, error.message] }));
          const [one, separate] = await session.executeRead(async (tx) => [
            await outcome(timelineAnswerInOneQuery(tx, filters, actors)), await outcome(timelineAnswerInQueries(tx, filters, actors)),
          ]);
          // The same answer, its years' types in the same order (JSON text, not only deep equality).
          expect(JSON.stringify(one), label).toBe(JSON.stringify(separate));
          if ('answer' in one && (one.answer as { years: unknown[] }).years.length > 0) answers++;
        }
      }
    } finally {
      await session.close();
    }
    expect(answers).toBeGreaterThan(20);
    expect(timelineInOneQuery(parseGraphFilters({ actorTypes: 'state' }))).toBe(false);
    expect(timelineInOneQuery(parseGraphFilters({ sources: 'Reuters' }))).toBe(false);
    expect(timelineInOneQuery(parseGraphFilters({ includeRejected: true }))).toBe(false);
  });

  it('gives /api/paths the graph the claims give', async () => {
    for (const query of ['from=pakistan&to=iskp', 'from=cia&to=taliban&maxHops=4&includeNegated=true', 'from=united-states&to=iskp&yearFrom=2011&actorTypes=state,armed_group']) {
      const viaAggregates = await seeded.app.inject({ url: `/api/paths?${query}` });
      // A document id among the sources sends the same request through the claims (every fixture document is in one of these publishers).
      const viaClaims = await seeded.app.inject({ url: `/api/paths?${query}&sources=Reuters,Dawn,Al%20Jazeera,The%20Guardian,dawn-2011-raid` });
      const all = await seeded.app.inject({ url: `/api/paths?${query}&sources=Reuters,Dawn,Al%20Jazeera,The%20Guardian` });
      expect(viaAggregates.statusCode, viaAggregates.body).toBe(200);
      expect(all.json(), query).toEqual(viaAggregates.json());
      expect(viaClaims.statusCode, viaClaims.body).toBe(200);
      expect(viaClaims.json().graph.edges, query).toEqual(viaAggregates.json().graph.edges);
    }
  });

  it('answers /api/paths in one query as the separate path, evidence, graph and actor queries do', async () => {
    const actors = ['united-states', 'pakistan', 'afghanistan', 'taliban', 'iskp', 'cia', 'isi', 'william-burns', 'united-nations', 'khorasan-cell'];
    const filterCases: RawGraphFilters[] = [
      {}, { includeNegated: true }, { yearFrom: 2011, yearTo: 2023 }, { timeAxis: 'reported', yearFrom: 2020, includeUndated: true },
      { types: 'ATTACKED,SUPPORTS,MET_WITH' }, { modality: 'asserted', minSources: 2 },
    ];
    const optionCases = [
      { maxHops: 3, directed: false, limit: 10 }, { maxHops: 2, directed: true, limit: 10 }, { maxHops: 4, directed: false, limit: 1 },
    ];
    const session = seeded.driver.session();
    let withPaths = 0;
    try {
      for (const raw of filterCases) {
        const filters = parseGraphFilters(raw);
        expect(answeredInOneQuery(filters), JSON.stringify(raw)).toBe(true);
        for (const [i, from] of actors.entries()) {
          for (const to of actors.slice(i + 1)) {
            for (const o of optionCases) {
              const opts = { from, to, ...o };
              const [one, separate] = await session.executeRead(async (tx) => [await pathAnswerInOneQuery(tx, filters, opts), await pathAnswerInQueries(tx, filters, opts)]);
              expect(one, JSON.stringify({ raw, opts })).toEqual(separate);
              if (one.paths.length > 1) withPaths++;
            }
          }
        }
      }
    } finally {
      await session.close();
    }
    // Many answers had several paths (their order, de-duplication and shared hops were compared).
    expect(withPaths).toBeGreaterThan(10);
    const unknown = await seeded.app.inject({ url: '/api/paths?from=pakistan&to=no-such-actor' });
    expect(unknown.statusCode).toBe(404);
  });

  it('leaves rejected claims out as the claims path does, and answers includeRejected from the claims', async () => {
    // Reject one claim the way a review does (issue 14): through withEdgeAggregates.
    const session = seeded.driver.session();
    try {
      await session.executeWrite((tx) => withEdgeAggregates(tx, ['dawn-2011-raid'], async () => {
        await tx.run("MATCH ()-[r]->() WHERE r.docId = 'dawn-2011-raid' WITH r ORDER BY r.claimId LIMIT 1 SET r.rejected = true");
      }));
      for (const raw of CASES) {
        const filters = parseGraphFilters(raw);
        const [fromAggregates, fromClaims] = await session.executeRead(async (tx) => {
          const inner = filters.actors ? await innerActors(tx, filters, filters.actors) : undefined;
          return [await aggregateGraphRows(tx, filters, inner), (await fetchGraphRows(tx, filters, inner)).rows];
        });
        expect(normal(fromAggregates), JSON.stringify(raw)).toEqual(normal(fromClaims));
      }
      expect(await session.executeRead((tx) => answeredByAggregates(tx, parseGraphFilters({ includeRejected: true })))).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('a list naming a document is answered from the claims', async () => {
    const session = seeded.driver.session();
    try {
      const filters = parseGraphFilters({ sources: 'Reuters,dawn-2011-raid' });
      expect(await session.executeRead((tx) => answeredByAggregates(tx, filters))).toBe(false);
    } finally {
      await session.close();
    }
    const res = await seeded.app.inject({ url: '/api/graph?sources=dawn-2011-raid&includeNegated=true' });
    expect(res.statusCode).toBe(200);
    expect(res.json().meta.totalClaims).toBeGreaterThan(0);
  });
});

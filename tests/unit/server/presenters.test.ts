import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { GraphResponse } from '../../../shared/api';
import { isContested, presentEdge, presentGraph } from '../../../server/presenters/graph-presenter';
import { presentTimeline } from '../../../server/presenters/timeline-presenter';
import { toIntArray, toNumber, toStringArray } from '../../../server/presenters/values';
import { csvCell, toCsv } from '../../../server/presenters/export/csv';
import { toGexf } from '../../../server/presenters/export/gexf';
import { toGraphml } from '../../../server/presenters/export/graphml';
import { parseGraphFilters } from '../../../server/queries/graph-filters';

const row = {
  source: 'a', type: 'ATTACKED', target: 'b', count: neo4j.int(3), years: [2003, 2001, null], documents: ['d2', 'd1'], publishers: ['P'],
  weight: -20.00001, negatedCount: 1, assertedCount: 2, assertedDocs: ['d1'], assertedPublishers: ['P'], negatedDocs: ['d2'], modalities: ['reported', 'asserted'],
};

describe('graph presenter', () => {
  it('flags contested only when different documents assert and negate', () => {
    expect(isContested(['d1'], ['d2'])).toBe(true);
    expect(isContested(['d1'], ['d1'])).toBe(false);
    expect(isContested(['d1', 'd2'], ['d1'])).toBe(true);
    expect(isContested([], ['d1'])).toBe(false);
  });

  it('presents edges with sorted lists, safe integers and an id per (source, type, target)', () => {
    const lean = {
      id: 'a|ATTACKED|b', source: 'a', target: 'b', type: 'ATTACKED', count: 3, years: [2001, 2003], documentCount: 2,
      publishers: ['P'], weight: -20, negatedCount: 1, assertedCount: 2, assertedDocumentCount: 1, assertedPublisherCount: 1, negatedDocumentCount: 1,
      contested: true, modalities: ['asserted', 'reported'],
    };
    expect(presentEdge(row).data).toEqual(lean);
    expect(presentEdge(row, { documentIds: true }).data).toEqual({ ...lean, documents: ['d1', 'd2'] });
    expect(() => toNumber(neo4j.int('9007199254740993'))).toThrow(/safe/);
  });

  it('converts lists item by item, leaving out nulls, undefined and holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(toStringArray(['a', null, 3, undefined, , 'b'])).toEqual(['a', '3', 'b']);
    // eslint-disable-next-line no-sparse-arrays
    expect(toIntArray([2001.7, null, neo4j.int(5), , -2.5])).toEqual([2001, 5, -2]);
    expect([toStringArray('ab'), toIntArray(7)]).toEqual([[], []]);
  });

  it('converts a list of one value that is not a plain number or string (a one-value list is otherwise kept as it is)', () => {
    const one = { ...row, years: [neo4j.int(2001)], publishers: [null], modalities: [7], documents: [], assertedDocs: [], negatedDocs: [] };
    expect(presentEdge(one).data).toMatchObject({ years: [2001], publishers: [], modalities: ['7'], contested: false });
    const plain = { ...row, years: [2001], publishers: ['P'], modalities: ['asserted'] };
    expect(presentEdge(plain).data).toMatchObject({ years: [2001], publishers: ['P'], modalities: ['asserted'] });
  });

  it('computes degrees and truncation meta', () => {
    const g = presentGraph(
      { edges: [row], totalEdges: 4, totalClaims: 9, totalNodes: 5 },
      [{ id: 'a', name: 'A', type: 'state', discovered: false, aliases: [] }, { id: 'b', name: 'B', type: 'state', discovered: true, aliases: ['bee'] }],
      parseGraphFilters({ actors: 'a,ghost', limit: 1 }),
    );
    expect(g.nodes.map((n) => [n.data.id, n.data.degree, n.data.claims, n.data.focus])).toEqual([['a', 1, 3, true], ['b', 1, 3, false]]);
    expect(g.meta).toMatchObject({ truncated: true, totalEdges: 4, totalClaims: 9, totalNodes: 5, returnedEdges: 1, missingActors: ['ghost'] });
  });
});

describe('timeline presenter', () => {
  it('sums counts by type and nets weights of non-negated claims per year', () => {
    const t = presentTimeline([
      { year: 2021, type: 'ATTACKED', negated: false, count: 2, weight: -20 },
      { year: 2021, type: 'COOPERATES_WITH', negated: false, count: 1, weight: 3.5 },
      { year: 2021, type: 'SUPPORTS', negated: true, count: 1, weight: 7 },
      { year: 2001, type: 'MET_WITH', negated: false, count: 3, weight: 3 },
      { year: null, type: 'MET_WITH', negated: false, count: 4, weight: 4 },
    ]);
    expect(t.undated).toBe(4);
    expect(t.years).toEqual([
      { year: 2001, total: 3, byType: { MET_WITH: 3 }, net: 3, cooperation: 3, conflict: 0, negated: 0 },
      { year: 2021, total: 4, byType: { ATTACKED: 2, COOPERATES_WITH: 1, SUPPORTS: 1 }, net: -16.5, cooperation: 3.5, conflict: -20, negated: 1 },
    ]);
  });
});

describe('exports', () => {
  const graph: GraphResponse = presentGraph(
    { edges: [row], totalEdges: 1, totalClaims: 3, totalNodes: 2 },
    [{ id: 'a', name: 'A & <Co>', type: 'state', discovered: false, aliases: [] }, { id: 'b', name: '=HYPERLINK("x")', type: 'igo', discovered: false, aliases: [] }],
    parseGraphFilters({}),
  );

  it('escapes XML and writes one spell per year in GEXF', () => {
    const gexf = toGexf(graph);
    expect(gexf).toContain('label="A &amp; &lt;Co&gt;"');
    expect(gexf).toContain('<spells><spell start="2001" end="2001"/><spell start="2003" end="2003"/></spells>');
    expect(gexf).toContain('<node id="a" label="A &amp; &lt;Co&gt;" start="2001" end="2003">');
    const graphml = toGraphml(graph);
    expect(graphml).toContain('<edge id="a|ATTACKED|b" source="a" target="b">');
    expect(graphml).toContain('<data key="e_years">2001;2003</data>');
  });

  it('quotes CSV cells and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('-20')).toBe('-20');
    expect(csvCell('=1+1')).toBe("'=1+1");
    const lines = toCsv(graph).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

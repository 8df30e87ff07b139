import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../ingest/load/format-table';
import { totalsOf } from '../../../ingest/load/load-files';
import { extractReport, formatLoadSummary } from '../../../ingest/load/summary-report';
import { FIXTURE_ACTORS, fixtureArticle, fixtureExtract, meta } from '../../support/extraction-fixtures';

describe('formatTable', () => {
  it('pads text left-aligned and numbers right-aligned under headers', () => {
    const out = formatTable([{ a: 'x', n: 5 }, { a: 'longer', n: 120 }], [
      { header: 'NAME', value: (r) => r.a },
      { header: 'N', value: (r) => r.n },
    ]);
    expect(out.split('\n')).toEqual(['NAME      N', 'x         5', 'longer  120']);
  });
});

describe('formatLoadSummary', () => {
  it('prints one row per file and a totals line', () => {
    const files = [
      { path: 'a.txt', id: 'a', outcome: 'loaded' as const, claims: 3 },
      { path: 'b.txt', id: null, outcome: 'failed' as const, claims: 0, error: 'file is empty.' },
    ];
    const out = formatLoadSummary({ files, totals: totalsOf(files) });
    expect(out).toBe(
      [
        'FILE   ID  OUTCOME  CLAIMS  ERROR',
        'a.txt  a   loaded        3',
        'b.txt  -   failed        0  file is empty.',
        'TOTAL: 2 documents: 1 loaded, 0 replaced, 0 unchanged, 1 failed; 3 claims (3 written)',
        '',
      ].join('\n'),
    );
  });
});

describe('extractReport', () => {
  it('unions actors over documents (a gazetteer entry wins over a discovered one) and keeps every claim', () => {
    const a = fixtureExtract(meta('a'), fixtureArticle(0, 2));
    const b = fixtureExtract(meta('b'), fixtureArticle(2, 3));
    const discoveredCia = { ...(FIXTURE_ACTORS.find((x) => x.id === 'cia') as (typeof FIXTURE_ACTORS)[number]), name: 'Cia?', discovered: true };
    a.actors.push(discoveredCia);
    const report = extractReport([a, b]);
    expect(report.documents.map((d) => [d.id, d.sha256])).toEqual([
      ['a', a.sha256],
      ['b', b.sha256],
    ]);
    expect(report.actors.map((x) => x.id)).toEqual([...new Set([...a.actors, ...b.actors].map((x) => x.id))].sort());
    expect(report.actors.find((x) => x.id === 'cia')).toEqual({ id: 'cia', name: 'CIA', type: 'agency', aliases: [], discovered: false });
    expect(report.relations).toEqual([...a.claims, ...b.claims]);
  });
});

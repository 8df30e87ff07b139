import { describe, expect, it } from 'vitest';
import type { DocumentExtraction, DocumentMeta } from '../../../shared/contract';
import { evalJson, formatEvalReport, type ExtractorRun } from '../../eval/eval-report';
import { parseGold } from '../../eval/gold-file';
import { formatSummaryTable, goldSetSummaryRows } from '../../eval/report-format';
import { describeError, extractAll, runSets } from '../../eval/run-sets';
import { evaluateSeeds } from '../../eval/seed-eval';

const TEXT = 'Freedonia attacked Sylvania in 2021.';
const META: DocumentMeta = { id: 'd1', title: null, publisher: null, author: null, published: '2021-05-01', url: null, language: 'en' };
const GOLD = parseGold(
  JSON.stringify({
    mentions: { d1: ['freedonia', 'sylvania'] },
    relations: [{ doc: 'd1', source: 'freedonia', type: 'ATTACKED', target: 'sylvania', year: 2021, negated: false, modality: 'asserted', sentence: TEXT }],
  }),
  new Map([['d1', TEXT]]),
);

function extraction(found: boolean): DocumentExtraction {
  const claims = found
    ? [{
        claimId: 'c', source: 'freedonia', target: 'sylvania', type: 'ATTACKED' as const, year: 2021, yearRule: 'explicit' as const, doc: 'd1',
        publisher: null, sentence: TEXT, sentenceStart: 0, sentenceEnd: TEXT.length, trigger: 'attacked', triggerStart: 10, triggerEnd: 18,
        sourceStart: 0, sourceEnd: 9, targetStart: 19, targetEnd: 27, negated: false, modality: 'asserted' as const, confidence: 1, weight: 0,
        extractorVersion: 'test',
      }]
    : [];
  const mentions = [{ actor: 'freedonia', text: 'Freedonia', start: 0, end: 9 }];
  return { document: META, text: TEXT, sha256: '', actors: [], mentions, claims };
}

const goldSetResult = (found: boolean) => ({
  goldFile: 'tests/gold/test.gold.json',
  evaluation: evaluateSeeds(GOLD, new Map([['d1', extraction(found)]])),
  missingGazetteerIds: [],
});

describe('side-by-side summary table', () => {
  it('right-aligns one column per extractor under its header', () => {
    const table = formatSummaryTable('== T ==', ['rules-1', 'coder-22'], [
      { label: 'F1', cells: ['0.500', '1.000'] },
      { label: 'target: F1 ≥ 0.85', cells: ['NOT met', 'met'] },
    ]);
    expect(table.split('\n')).toEqual([
      '== T ==',
      '                   rules-1  coder-22',
      'F1                   0.500     1.000',
      'target: F1 ≥ 0.85  NOT met       met',
    ]);
  });

  it('gold-set rows carry the targets the issue sets', () => {
    const rows = goldSetSummaryRows([goldSetResult(false).evaluation, goldSetResult(true).evaluation], { f1WithYear: 0.85, negatedAsPositive: 0 });
    const row = (label: string) => rows.find((r) => r.label === label)?.cells;
    expect(row('relations F1 (with year)')).toEqual(['—', '1.000']);
    expect(row('target: F1 (with year) ≥ 0.85')).toEqual(['NOT met', 'met']);
    expect(row('target: negated as positive = 0')).toEqual(['met', 'met']);
  });
});

describe('the whole report', () => {
  const runs: ExtractorRun[] = [
    { name: 'rules', status: 'ok', version: 'rules-1.3.2', results: { seeds: goldSetResult(false) } },
    { name: 'coder', status: 'ok', version: 'coder-0.1.0', results: { seeds: goldSetResult(true) } },
  ];
  const options = { verbose: false, shortListLength: 10 };

  it('one summary per set with a column per extractor, then each extractor’s details', () => {
    const text = formatEvalReport({ runs, re3dTexts: new Map(), options });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Actorscope eval — rules-1.3.2 vs coder-0.1.0');
    expect(lines).toContain('== Seeds: 1 documents vs tests/gold/test.gold.json ==');
    expect(lines.find((l) => l.startsWith('relations F1 (with year)'))).toMatch(/—\s+1\.000$/);
    const rulesDetail = lines.indexOf('-- Seeds: 1 documents vs tests/gold/test.gold.json · rules-1.3.2 --');
    const coderDetail = lines.indexOf('-- Seeds: 1 documents vs tests/gold/test.gold.json · coder-0.1.0 --');
    expect(rulesDetail).toBeGreaterThan(0);
    expect(coderDetail).toBeGreaterThan(rulesDetail);
    expect(text).not.toMatch(/PLOVER|re3d/);
  });

  it('an unavailable coder is named with its reason and gets no column', () => {
    const unavailable: ExtractorRun[] = [runs[0] as ExtractorRun, { name: 'coder', status: 'unavailable', reason: 'fetch failed: connect ECONNREFUSED' }];
    const text = formatEvalReport({ runs: unavailable, re3dTexts: new Map(), options });
    expect(text.split('\n').slice(0, 2)).toEqual(['Actorscope eval — rules-1.3.2', 'coder: unavailable — fetch failed: connect ECONNREFUSED']);
    expect(text).not.toContain('coder-0.1.0');
  });

  it('--json holds one object per extractor', () => {
    const json = evalJson([runs[0] as ExtractorRun, { name: 'coder', status: 'unavailable', reason: 'down' }]);
    expect(json.extractors).toHaveLength(2);
    expect(json.extractors[0]).toMatchObject({ extractor: 'rules', status: 'ok', version: 'rules-1.3.2', seeds: { documents: 1, targets: { f1WithYear: 0.85 } } });
    expect(json.extractors[1]).toEqual({ extractor: 'coder', status: 'unavailable', reason: 'down' });
    expect(json.targets).toMatchObject({ ploverRecall: 0.7, ploverPrecision: 0.75, re3dRecall: 0.5, re3dPrecision: 0.6, officialF1WithYear: 0.6 });
  });
});

describe('running an extractor over the sets', () => {
  const inputs = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, meta: { ...META, id }, text: TEXT }));

  it('keeps at most `concurrency` calls in flight and returns every document', async () => {
    let inFlight = 0;
    let most = 0;
    const extractor = {
      version: 'slow',
      async extract({ meta }: { meta: DocumentMeta }) {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { ...extraction(false), document: meta };
      },
    };
    const out = await extractAll(extractor, inputs, 2);
    expect([...out.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(most).toBe(2);
  });

  it('calls a synchronous extractor one document at a time, in order', async () => {
    const seen: string[] = [];
    const extractor = { version: 'sync', extract: ({ meta }: { meta: DocumentMeta }) => (seen.push(meta.id), extraction(false)) };
    await extractAll(extractor, inputs);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('names the document and the cause when an extraction fails', async () => {
    const extractor = {
      version: 'down',
      extract: () => Promise.reject(new Error('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9000') })),
    };
    const error = await extractAll(extractor, inputs, 2).catch((e: unknown) => e);
    expect(describeError(error)).toBe('extraction of a failed: fetch failed: connect ECONNREFUSED 127.0.0.1:9000');
  });

  it('runSets scores only the sets given', async () => {
    const extractor = { version: 'v', extract: () => extraction(true) };
    const results = await runSets(extractor, {
      gazetteerNames: new Map([['freedonia', ['Freedonia']]]),
      seeds: { goldFile: 'g.json', articles: [{ path: 'd1.txt', meta: META, text: TEXT, sha256: '' }], gold: GOLD },
    });
    expect(Object.keys(results)).toEqual(['seeds']);
    expect(results.seeds?.evaluation.withYear.prf.f1).toBe(1);
    expect(results.seeds?.missingGazetteerIds).toEqual(['sylvania']);
  });
});

import { describe, expect, it } from 'vitest';
import type { DocumentExtraction, DocumentMeta } from '../../../shared/contract';
import { evalJson, formatEvalReport, type ScoredRun } from '../../eval/eval-report';
import { parseGold } from '../../eval/gold-file';
import { formatSummary, goldSetSummaryRows } from '../../eval/report-format';
import { describeError, extractAll, runExtractor, runSets, type EvalInputs } from '../../eval/run-sets';
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

describe('set summary', () => {
  it('aligns the values after the longest label', () => {
    const summary = formatSummary('== T ==', [
      { label: 'F1', value: '0.500' },
      { label: 'target: F1 ≥ 0.85', value: 'NOT met' },
    ]);
    expect(summary.split('\n')).toEqual(['== T ==', 'F1                 0.500', 'target: F1 ≥ 0.85  NOT met']);
  });

  it('gold-set rows carry the targets the issue sets, met or not', () => {
    const row = (found: boolean, label: string) =>
      goldSetSummaryRows(goldSetResult(found).evaluation, { f1WithYear: 0.85, negatedAsPositive: 0 }).find((r) => r.label === label)?.value;
    expect(row(false, 'relations F1 (with year)')).toBe('—');
    expect(row(true, 'relations F1 (with year)')).toBe('1.000');
    expect(row(false, 'target: F1 (with year) ≥ 0.85')).toBe('NOT met');
    expect(row(true, 'target: F1 (with year) ≥ 0.85')).toBe('met');
    expect(row(false, 'target: negated as positive = 0')).toBe('met');
    // An analyst's gold file has no target: no target rows.
    expect(goldSetSummaryRows(goldSetResult(true).evaluation, {}).some((r) => r.label.startsWith('target'))).toBe(false);
  });
});

describe('the whole report', () => {
  const run: ScoredRun = { version: 'coder-0.1.0', results: { seeds: goldSetResult(true) } };
  const options = { verbose: false, shortListLength: 10 };

  it('names the version, then per set scored its summary and its details', () => {
    const lines = formatEvalReport({ run, re3dTexts: new Map(), options }).split('\n');
    expect(lines[0]).toBe('Actorscope eval — coder-0.1.0');
    const title = lines.indexOf('== Seeds: 1 documents vs tests/gold/test.gold.json ==');
    expect(title).toBeGreaterThan(0);
    expect(lines[title + 2]).toMatch(/^relations F1 \(with year\)\s+1\.000$/);
    expect(lines.find((l) => l.startsWith('target: F1 (with year) ≥ 0.85'))).toMatch(/\smet$/);
    expect(lines.find((l) => l.startsWith('relations (with year)'))).toMatch(/^relations \(with year\)\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/);
    expect(lines.join('\n')).not.toMatch(/PLOVER|re3d|Official|Gold file|rules/);
  });

  it('--json holds the version, the targets and the sets run', () => {
    const json = evalJson(run);
    expect(json).toMatchObject({ version: 'coder-0.1.0', seeds: { documents: 1, relationsWithYear: { tp: 1, fn: 0 }, targets: { f1WithYear: 0.85 } } });
    expect(json.official).toBeUndefined();
    expect(json.plover).toBeUndefined();
    expect(json.targets).toMatchObject({ ploverRecall: 0.7, ploverPrecision: 0.75, re3dRecall: 0.5, re3dPrecision: 0.6, officialF1WithYear: 0.6 });
  });
});

describe('running an extractor over the sets', () => {
  const inputs = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, meta: { ...META, id }, text: TEXT }));

  /** An extractor that waits a little per document and records the most calls it had in flight. */
  function slowExtractor(concurrency?: number) {
    let inFlight = 0;
    const seen = { most: 0 };
    const extractor = {
      version: 'slow',
      concurrency,
      async extract({ meta }: { meta: DocumentMeta }) {
        inFlight++;
        seen.most = Math.max(seen.most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { ...extraction(false), document: meta };
      },
    };
    return { extractor, seen };
  }

  it('keeps at most `concurrency` calls in flight and returns every document', async () => {
    const { extractor, seen } = slowExtractor();
    const out = await extractAll(extractor, inputs, 2);
    expect([...out.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(seen.most).toBe(2);
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

  it('extracts `extractor.concurrency` documents at a time when no concurrency is given', async () => {
    const { extractor, seen } = slowExtractor(3);
    await extractAll(extractor, inputs);
    expect(seen.most).toBe(3);
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

describe('an extractor that cannot run', () => {
  const inputs: EvalInputs = {
    gazetteerNames: new Map([['freedonia', ['Freedonia']]]),
    seeds: { goldFile: 'g.json', articles: [{ path: 'd1.txt', meta: META, text: TEXT, sha256: '' }], gold: GOLD },
  };

  it('scores when it runs', async () => {
    const run = await runExtractor(() => Promise.resolve({ version: 'v', extract: () => extraction(true) }), inputs);
    expect(run).toMatchObject({ status: 'ok', version: 'v' });
  });

  it('is unavailable, with the cause, when it fails to load (the local NLP server does not start)', async () => {
    const run = await runExtractor(() => Promise.reject(new Error('NLP server did not start', { cause: new Error('java: not found') })), inputs);
    expect(run).toEqual({ status: 'unavailable', reason: 'NLP server did not start: java: not found' });
  });

  it('is unavailable, naming the document, when an extraction fails (the NLP server is down)', async () => {
    const extractor = { version: 'v', extract: () => Promise.reject(new Error('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') })) };
    const run = await runExtractor(() => Promise.resolve(extractor), inputs);
    expect(run).toEqual({ status: 'unavailable', reason: 'extraction of d1 failed: fetch failed: connect ECONNREFUSED 127.0.0.1:1' });
  });

  it('does not hide a scoring error as unavailability', async () => {
    const broken = { version: 'v', extract: () => ({ ...extraction(true), claims: null as never }) };
    await expect(runExtractor(() => Promise.resolve(broken), inputs)).rejects.toThrow(TypeError);
  });
});

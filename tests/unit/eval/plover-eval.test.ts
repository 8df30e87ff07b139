import { describe, expect, it } from 'vitest';
import type { Claim, DocumentExtraction } from '../../../shared/contract';
import { actorMatches, containsTokens, goldOccurrences, nameContainsText, tokens } from '../../eval/actor-match';
import { evaluatePlover } from '../../eval/plover-eval';
import { mapEvent, parsePloverJsonl, type PloverRecord } from '../../eval/plover-records';

// Invented sentences (the PLOVER data stays in ../shared/eval and is not copied here).
const TEXT = 'Freedonian officials met Sylvanian envoys in the capital on Monday.';

function claim(partial: Partial<Claim> & Pick<Claim, 'source' | 'target' | 'type'>): Claim {
  return {
    claimId: 'c',
    year: 2000,
    yearRule: 'publication-fallback',
    doc: 'r1',
    publisher: null,
    sentence: TEXT,
    sentenceStart: 0,
    sentenceEnd: TEXT.length,
    trigger: 'met',
    triggerStart: 20,
    triggerEnd: 23,
    sourceStart: 0,
    sourceEnd: 10,
    targetStart: 24,
    targetEnd: 33,
    negated: false,
    modality: 'asserted',
    confidence: 0.9,
    weight: 1,
    extractorVersion: 'test',
    ...partial,
  };
}

function extraction(claims: Claim[], mentions: DocumentExtraction['mentions'] = []): DocumentExtraction {
  const meta = { id: 'r1', title: null, publisher: null, author: null, published: '2000-01-01', url: null, language: 'en' };
  return { document: meta, text: TEXT, sha256: '', actors: [], mentions, claims };
}

const record = (partial: Partial<PloverRecord>): PloverRecord => ({
  id: 'r1',
  event: 'CONSULT',
  eventText: 'met',
  text: TEXT,
  markup: '',
  sources: [{ actorText: 'Freedonian', code: 'FRE' }],
  targets: [{ actorText: 'Sylvanian', code: 'SYL' }],
  ...partial,
});

const names = new Map([
  ['freedonia', ['Freedonia', 'Freedonian', 'Freedonians']],
  ['sylvania', ['Sylvania', 'Sylvanian']],
  ['united-states', ['United States', 'U.S.', 'American']],
]);

describe('actor matching', () => {
  it('matches whole tokens only, case-insensitively', () => {
    expect(tokens('U.S. Asia-Pacific')).toEqual(['u', 's', 'asia', 'pacific']);
    expect(containsTokens(tokens('United States of America'), tokens('united states'))).toBe(true);
    expect(nameContainsText(['Jordanian'], 'Jordan')).toBe(false);
    expect(nameContainsText(['United States'], 'U.S.')).toBe(false);
    expect(nameContainsText(['U.S.'], 'u.s.')).toBe(true);
  });

  it('matches by a name of the actor or by overlapping spans, and nothing else', () => {
    const context = { text: TEXT, names, mentionSpans: new Map([['sylvania', [{ start: 25, end: 34 }]]]) };
    expect(actorMatches('freedonia', { start: 0, end: 10 }, 'Freedonian', context)).toBe(true);
    // Span overlap: the gold text is a longer phrase no name contains.
    expect(actorMatches('discovered-x', { start: 0, end: 10 }, 'Freedonian officials', context)).toBe(true);
    expect(actorMatches('sylvania', { start: 60, end: 66 }, 'Sylvanian envoys', context)).toBe(true);
    expect(actorMatches('united-states', { start: 0, end: 10 }, 'Sylvanian', context)).toBe(false);
  });

  it('finds a gold text written with doubled spaces or with words elided ("Freedonian ... envoys")', () => {
    const context = { text: TEXT, names, mentionSpans: new Map<string, { start: number; end: number }[]>() };
    expect(goldOccurrences(TEXT, ' Freedonian  officials')).toEqual([{ start: 0, end: 20 }]);
    expect(actorMatches('discovered-x', { start: 0, end: 10 }, 'Freedonian  officials', context)).toBe(true);
    expect(actorMatches('discovered-y', { start: 35, end: 41 }, 'Freedonian ... envoys', context)).toBe(true);
    expect(actorMatches('discovered-y', { start: 42, end: 48 }, 'Freedonian ... envoys', context)).toBe(false);
  });

  it('finds a gold text that never occurs as written: words left out between its words, or a word misspelt by one letter', () => {
    // "Freedonian envoys" for "Freedonian officials met Sylvanian envoys" is too far apart (three words between).
    expect(goldOccurrences(TEXT, 'Freedonian envoys')).toEqual([]);
    expect(goldOccurrences(TEXT, 'Freedonian Sylvanian envoys')).toEqual([{ start: 0, end: 41 }]);
    expect(goldOccurrences(TEXT, 'Freedonan officials')).toEqual([{ start: 0, end: 20 }]);
    expect(goldOccurrences(TEXT, 'Sylvanian envys')).toEqual([{ start: 25, end: 41 }]);
    expect(goldOccurrences(TEXT, 'Sylvanian emissaries')).toEqual([]);
    // Short words must be spelt alike.
    expect(goldOccurrences(TEXT, 'in tha capital')).toEqual([]);
  });
});

describe('PLOVER records', () => {
  it('maps event types, CONSULT with a visit verb and a target to VISITED', () => {
    expect(mapEvent(record({ event: 'AGREE' }))).toBe('COOPERATES_WITH');
    expect(mapEvent(record({ event: 'FIGHT' }))).toBe('ATTACKED');
    expect(mapEvent(record({ event: 'DEMAND' }))).toBeNull();
    expect(mapEvent(record({ event: 'CONSULT', eventText: 'arrived' }))).toBe('VISITED');
    expect(mapEvent(record({ event: 'CONSULT', eventText: 'arrived', targets: [] }))).toBe('MET_WITH');
    expect(mapEvent(record({ event: 'CONSULT', eventText: 'held talks' }))).toBe('MET_WITH');
  });

  it('parses JSONL, tolerates a string target and names the bad line', () => {
    const good = JSON.stringify({ id: 'a', event: 'AGREE', text: 'x', source: [{ actorText: 'A', code: 'AAA' }], target: 'diplomatic' });
    const parsed = parsePloverJsonl(`${good}\n\n`);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.targets).toEqual([]);
    expect(() => parsePloverJsonl(`${good}\n{"id":"b","event":"AGREE"}`)).toThrow(/line 2: `text`/);
    expect(() => parsePloverJsonl(`${good}\n{"id":"b","event":"AGREE","text":"t","source":[{"code":"X"}]}`)).toThrow(/source\[0\]\.actorText/);
  });
});

describe('evaluatePlover', () => {
  it('scores recall per record and strict vs lenient precision per claim', () => {
    const records = [
      record({ id: 'r1' }),
      record({ id: 'r2', event: 'THREATEN', eventText: 'threatened' }),
      record({ id: 'r3', event: 'DEMAND', eventText: 'demanded' }),
    ];
    const extractions = new Map([
      // r1: right type, reversed direction — MET_WITH is mutual, so it matches; plus a wrong-type claim.
      ['r1', extraction([claim({ source: 'sylvania', target: 'freedonia', type: 'MET_WITH', sourceStart: 25, sourceEnd: 34, targetStart: 0, targetEnd: 10 }), claim({ source: 'freedonia', target: 'sylvania', type: 'ATTACKED' })])],
      // r2: right type, wrong target actor → lenient only.
      ['r2', extraction([claim({ source: 'freedonia', target: 'united-states', type: 'WARNED', targetStart: 50, targetEnd: 55 })])],
      // r3: out of scope; its claim is counted apart.
      ['r3', extraction([claim({ source: 'freedonia', target: 'sylvania', type: 'ACCUSED' })])],
    ]);
    const result = evaluatePlover(records, extractions, names);
    expect(result.inScope).toBe(2);
    expect(result.outOfScopeEvents).toEqual({ DEMAND: 1 });
    expect(result.claimsOnOutOfScope).toBe(1);
    expect(result.overall).toMatchObject({ goldRecords: 2, recalled: 1, recall: 0.5, claims: 3, correctClaims: 1, typeOnlyCorrect: 2 });
    expect(result.overall.precision).toBeCloseTo(1 / 3);
    expect(result.overall.lenientPrecision).toBeCloseTo(2 / 3);
    const warned = result.perType.find((t) => t.type === 'WARNED');
    expect(warned).toMatchObject({ goldRecords: 1, recalled: 0, claims: 1, correctClaims: 0, precision: 0, lenientPrecision: 1 });
  });

  it('never counts a negated claim or a directed type in the wrong direction', () => {
    const records = [record({ id: 'r1', event: 'ASSAULT', eventText: 'attacked' })];
    const reversed = claim({ source: 'sylvania', target: 'freedonia', type: 'ATTACKED', sourceStart: 25, sourceEnd: 34, targetStart: 0, targetEnd: 10 });
    const negated = claim({ source: 'freedonia', target: 'sylvania', type: 'ATTACKED', negated: true });
    const result = evaluatePlover(records, new Map([['r1', extraction([reversed, negated])]]), names);
    expect(result.overall).toMatchObject({ recalled: 0, claims: 2, correctClaims: 0, typeOnlyCorrect: 2 });
  });
});

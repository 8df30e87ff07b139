import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, DocumentExtraction } from '../../../shared/contract';
import { parseGold } from '../../eval/gold-file';
import { evaluateSeeds } from '../../eval/seed-eval';

const TEXT = 'Islamabad will no longer cooperate with the United States. ISIS attacked the Taliban in 2021.';
const texts = new Map([['d1', TEXT]]);

const goldJson = (relations: object[], mentions: Record<string, string[]> = { d1: ['pakistan', 'united-states', 'islamic-state', 'taliban'] }) =>
  JSON.stringify({ mentions, relations });

const NEG = { doc: 'd1', source: 'pakistan', type: 'COOPERATES_WITH', target: 'united-states', year: null, negated: true, modality: 'asserted', sentence: 'Islamabad will no longer cooperate with the United States.' };
const ATT = { doc: 'd1', source: 'islamic-state', type: 'ATTACKED', target: 'taliban', year: 2021, negated: false, modality: 'asserted', sentence: 'ISIS attacked the Taliban in 2021.' };

function claim(source: string, type: Claim['type'], target: string, year: number | null, negated = false): Claim {
  return {
    claimId: `${source}-${type}-${target}`, source, target, type, year, yearRule: 'explicit', doc: 'd1', publisher: null,
    sentence: 'evidence', sentenceStart: 0, sentenceEnd: 8, trigger: 't', triggerStart: 0, triggerEnd: 1,
    sourceStart: 0, sourceEnd: 1, targetStart: 2, targetEnd: 3, negated, modality: 'asserted', confidence: 1, weight: 0, extractorVersion: 'test',
  };
}

function extraction(claims: Claim[], actors: string[]): DocumentExtraction {
  const meta = { id: 'd1', title: null, publisher: null, author: null, published: null, url: null, language: 'en' };
  return { document: meta, text: TEXT, sha256: '', actors: [], mentions: actors.map((actor) => ({ actor, text: actor, start: 0, end: 1 })), claims };
}

describe('parseGold', () => {
  it('accepts a consistent file', () => {
    const gold = parseGold(goldJson([NEG, ATT]), texts);
    expect(gold.relations).toHaveLength(2);
    expect([...(gold.mentions.get('d1') ?? [])]).toContain('taliban');
  });

  it('names what is wrong', () => {
    expect(() => parseGold('{', texts)).toThrow(/not valid JSON/);
    expect(() => parseGold(goldJson([{ ...ATT, type: 'HUGGED' }]), texts)).toThrow(/relations\/0\/type/);
    expect(() => parseGold(goldJson([{ ...ATT, target: 'iskp' }]), texts)).toThrow(/target "iskp" is not in the mentions of d1/);
    expect(() => parseGold(goldJson([{ ...ATT, sentence: 'ISIS attacked Russia.' }]), texts)).toThrow(/does not occur verbatim/);
    expect(() => parseGold(goldJson([], {}), texts)).toThrow(/article "d1" is not annotated/);
  });

  it('the committed gold file is consistent with the seed articles', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const dir = path.join(root, 'seeds', 'articles');
    const articles = new Map(
      readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.replace(/\.txt$/, ''), readFileSync(path.join(dir, f), 'utf8')]),
    );
    const gold = parseGold(readFileSync(path.join(root, 'tests', 'gold', 'seeds.gold.json'), 'utf8'), articles);
    expect(gold.mentions.size).toBe(articles.size);
    expect(gold.relations.length).toBeGreaterThan(50);
  });
});

describe('evaluateSeeds', () => {
  it('scores relations with and without year, mentions, and negated claims loaded as positive', () => {
    const gold = parseGold(goldJson([NEG, ATT]), texts);
    const extracted = extraction(
      [
        claim('united-states', 'COOPERATES_WITH', 'pakistan', 2021), // negation lost
        claim('islamic-state', 'ATTACKED', 'taliban', 2020), // right relation, wrong year
        claim('taliban', 'ATTACKED', 'islamic-state', 2021), // wrong direction
      ],
      ['pakistan', 'united-states', 'islamic-state', 'cia'],
    );
    const result = evaluateSeeds(gold, new Map([['d1', extracted]]));
    expect(result.withoutYear.prf).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(result.withYear.prf).toMatchObject({ tp: 0, fp: 3, fn: 2 });
    expect(result.yearMismatches.map((m) => [m.goldYears, m.extractedYears])).toEqual([[[2021], [2020]]]);
    expect(result.negatedAsPositive.map((c) => c.source)).toEqual(['united-states']);
    expect(result.mentions.prf).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    const attacked = result.perType.find((t) => t.type === 'ATTACKED');
    expect(attacked?.withoutYear).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('refuses to score when a gold document was not extracted', () => {
    const gold = parseGold(goldJson([ATT]), texts);
    expect(() => evaluateSeeds(gold, new Map())).toThrow(/no extraction for gold document "d1"/);
  });
});

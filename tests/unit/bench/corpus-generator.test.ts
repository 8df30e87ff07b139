import { describe, expect, it } from 'vitest';
import { buildActors, type BenchActor } from '../../../bench/generate/actors';
import { generateArticle } from '../../../bench/generate/article';
import { corpusStats } from '../../../bench/generate/corpus-stats';
import { extractionChunks } from '../../../bench/generate/dataset';
import { articleToExtraction } from '../../../bench/generate/extraction';
import { createRng } from '../../../bench/generate/prng';
import { ClaimSchema } from '../../../shared/contract';
import { Value } from 'typebox/value';

const GAZETTEER: BenchActor[] = [
  { id: 'pakistan', name: 'Pakistan', type: 'state', aliases: ['Islamabad'] },
  { id: 'taliban', name: 'Taliban', type: 'armed_group', aliases: ['the Taliban'] },
  { id: 'cia', name: 'Central Intelligence Agency', type: 'agency', aliases: ['CIA'] },
  { id: 'william-burns', name: 'William Burns', type: 'person', aliases: ['Burns'] },
];
const actors = buildActors(GAZETTEER, 300, 7);

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('synthetic actors', () => {
  it('keeps the gazetteer first and invents unique ids and names for the rest', () => {
    expect(actors.slice(0, 4)).toEqual(GAZETTEER);
    expect(new Set(actors.map((a) => a.id)).size).toBe(300);
    expect(new Set(actors.map((a) => a.name)).size).toBe(300);
    expect(buildActors(GAZETTEER, 300, 7)).toEqual(actors);
  });

  it('rejects a count below two', () => {
    expect(() => buildActors(GAZETTEER, 1, 7)).toThrow(/invalid count 1/);
  });
});

describe('generated articles', () => {
  const articles = Array.from({ length: 200 }, (_, i) => generateArticle(i, actors, { seed: 11 }));

  it('are deterministic in (seed, index) and differ across seeds', () => {
    expect(generateArticle(5, actors, { seed: 11 })).toEqual(articles[5]);
    expect(generateArticle(5, actors, { seed: 12 }).text).not.toEqual(articles[5]?.text);
  });

  it('are about 5 KB with several claims each', () => {
    const stats = corpusStats(articles, 11, actors.length);
    expect(stats.meanArticleBytes).toBeGreaterThan(4500);
    expect(stats.meanArticleBytes).toBeLessThan(6500);
    expect(stats.claimsPerArticle).toBeGreaterThan(6);
    expect(stats.claimsPerArticle).toBeLessThan(15);
    for (const a of articles) expect(a.claims.length).toBeGreaterThanOrEqual(1);
  });

  it('contain every sentence shape, and the shapes read as they should', () => {
    const claims = articles.flatMap((a) => a.claims.map((c) => ({ ...c, sentenceText: a.text.slice(c.sentence.start, c.sentence.end), triggerText: a.text.slice(c.trigger.start, c.trigger.end) })));
    const byShape = (shape: string) => claims.filter((c) => c.shape === shape);
    for (const shape of ['active', 'passive', 'coordination', 'negation', 'modal', 'reported', 'role']) expect(byShape(shape).length).toBeGreaterThan(0);
    for (const c of byShape('passive').filter((x) => x.triggerText.includes(' by'))) {
      expect(c.triggerText).toMatch(/^(was|were) \w+ by$/);
      // In a passive sentence the target comes first and the source after "by".
      expect(c.targetSpan.start).toBeLessThan(c.sourceSpan.start);
    }
    for (const c of byShape('negation')) {
      expect(c.negated).toBe(true);
      expect(c.sentenceText).toMatch(/\b(did not|no longer|refused to)\b/);
    }
    const coordinated = byShape('coordination');
    expect(coordinated.every((c) => / and /.test(c.sentenceText))).toBe(true);
    expect(claims.filter((c) => c.yearRule === 'explicit').every((c) => c.sentenceText.includes(String(c.year)))).toBe(true);
  });

  it('records offsets that point at the actors and triggers in the text', () => {
    for (const a of articles.slice(0, 50)) {
      for (const m of a.mentions) {
        const actor = actors.find((x) => x.id === m.actor);
        const surfaces = [actor?.name, ...(actor?.aliases ?? [])].map((s) => s?.toLowerCase());
        expect(surfaces).toContain(a.text.slice(m.start, m.end).toLowerCase());
      }
      for (const c of a.claims) {
        expect(a.text.slice(c.sentence.start, c.sentence.end)).toMatch(/[.]$/);
        expect(c.trigger.start).toBeGreaterThanOrEqual(c.sentence.start);
        expect(c.trigger.end).toBeLessThanOrEqual(c.sentence.end);
        expect(c.source).not.toBe(c.target);
      }
    }
  });
});

describe('synthetic extractions', () => {
  it('are valid claims of the contract, and chunks stop at the requested claim count', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    const extraction = articleToExtraction(generateArticle(0, actors, { seed: 3 }), byId);
    for (const claim of extraction.claims) expect(Value.Check(ClaimSchema, claim)).toBe(true);
    expect(extraction.sha256).toMatch(/^[0-9a-f]{64}$/);

    const chunks = [...extractionChunks({ seed: 3, claims: 500, actors }, 10)];
    const claims = chunks.flat().reduce((sum, e) => sum + e.claims.length, 0);
    expect(chunks.every((c) => c.length <= 10)).toBe(true);
    expect(claims).toBeGreaterThanOrEqual(500);
    expect(claims - 500).toBeLessThan(40);
    expect(chunks.flat()[0]).toEqual(extraction);
  });
});

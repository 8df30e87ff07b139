import { describe, expect, it } from 'vitest';
import type { Claim, DocumentExtraction } from '../../../shared/contract';
import { claimMatchesRelation, endMatches, evaluateRe3d, spanContainsName } from '../../eval/re3d-eval';
import {
  buildRe3dGold,
  exclusionOf,
  isNamedSpan,
  parseRe3dDocuments,
  parseRe3dEntities,
  parseRe3dRelations,
  RE3D_TYPE_MAP,
  type Re3dDocument,
  type Re3dRelation,
} from '../../eval/re3d-records';

// Invented documents (the re3d texts stay in ../shared/eval/re3d and are not copied here).
const S1 = 'Freedonia met Sylvania in Paris.';
const S2 = ' We condemn the Sylvanian regime.';
const S3 = ' Freedonia attacked the Rebel Front.';
const TEXT = S1 + S2 + S3;
const DOC: Re3dDocument = { id: 'doc1', title: 'A statement', text: TEXT, subset: 'test' };

/** Offsets of the n-th occurrence of `needle` in TEXT. */
function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no "${needle}" in the fixture`);
  return { start, end: start + needle.length, text: needle };
}

function relation(id: string, type: string, source: string, target: string, extra: Partial<Re3dRelation> = {}): Re3dRelation {
  return { id, documentId: 'doc1', type, source: { ...at(source), entityTypes: [] }, target: { ...at(target), entityTypes: [] }, ...extra };
}

const MET = relation('r-met', 'CommWith', 'Freedonia', 'Sylvania');
const MET_BACK = { ...relation('r-met-back', 'CommWith', 'Sylvania', 'Freedonia'), source: MET.target, target: MET.source };
const DISLIKES = relation('r-dislikes', 'Dislikes', 'We', 'the Sylvanian regime');
const ATTACK = { ...relation('r-attack', 'FightingAgainst', 'Freedonia', 'the Rebel Front'), source: { ...at('Freedonia', 1), entityTypes: [] } };
const PLACE = relation('r-place', 'CoLocated', 'Sylvania', 'Paris');

const NAMES = new Map([
  ['freedonia', ['Freedonia', 'Freedonian']],
  ['sylvania', ['Sylvania', 'Sylvanian']],
  ['united-states', ['United States', 'US']],
]);

function claim(partial: Partial<Claim> & Pick<Claim, 'source' | 'type' | 'target'>): Claim {
  return {
    claimId: 'c', year: null, yearRule: 'publication-fallback', doc: 'doc1', publisher: null,
    sentence: S1, sentenceStart: 0, sentenceEnd: S1.length, trigger: 'met', triggerStart: 10, triggerEnd: 13,
    sourceStart: 0, sourceEnd: 9, targetStart: 14, targetEnd: 22, negated: false, modality: 'asserted', confidence: 1, weight: 0,
    extractorVersion: 'test', ...partial,
  };
}

function extraction(claims: Claim[], mentions: DocumentExtraction['mentions'] = []): DocumentExtraction {
  const meta = { id: 'doc1', title: null, publisher: null, author: null, published: null, url: null, language: 'en' };
  return { document: meta, text: TEXT, sha256: '', actors: [], mentions, claims };
}

const context = (mentionSpans = new Map<string, { start: number; end: number }[]>()) => ({ text: TEXT, names: NAMES, mentionSpans });

describe('re3d: type mapping and which relations are scored', () => {
  it('maps re3d types onto ours, mutual ones undirected', () => {
    expect(RE3D_TYPE_MAP.FightingAgainst).toEqual({ types: ['ATTACKED'], directed: true });
    expect(RE3D_TYPE_MAP.CommWith?.types).toEqual(['MET_WITH', 'COOPERATES_WITH', 'VISITED']);
    expect(RE3D_TYPE_MAP.CommWith?.directed).toBe(false);
    expect(RE3D_TYPE_MAP.AlliesOf).toEqual({ types: ['COOPERATES_WITH', 'SUPPORTS'], directed: false });
    expect(RE3D_TYPE_MAP.Likes?.types).toEqual(['SUPPORTS']);
    expect(RE3D_TYPE_MAP.Dislikes?.types).toEqual(['ACCUSED', 'REJECTED', 'WARNED']);
    expect(RE3D_TYPE_MAP.InChargeOf?.types).toEqual(['LEADS']);
    expect(RE3D_TYPE_MAP.BelongsTo?.types).toEqual(['MEMBER_OF']);
    expect(RE3D_TYPE_MAP.CoLocated).toBeUndefined();
  });

  it('a span is named when a capitalised word is not a pronoun, determiner or courtesy title', () => {
    for (const named of ['the Asad regime', 'Iraqi', 'The Foreign Secretary', 'Mr Ellwood', 'Turkish and UK organisations']) {
      expect(isNamedSpan(named), named).toBe(true);
    }
    for (const unnamed of ['We', 'I', 'the regime', 'The international community', 'its backers', 'members', 'These']) {
      expect(isNamedSpan(unnamed), unnamed).toBe(false);
    }
  });

  it('excludes unnamed ends, non-actor entities, self relations and control of places', () => {
    expect(exclusionOf(MET)).toBeNull();
    expect(exclusionOf(DISLIKES)).toBe('unnamed end');
    expect(exclusionOf({ ...MET, target: { ...MET.target, entityTypes: ['Weapon'] } })).toBe('not an actor entity');
    expect(exclusionOf({ ...MET, target: { ...MET.target, entityTypes: ['Location', 'Organisation'] } })).toBeNull();
    expect(exclusionOf({ ...MET, target: MET.source })).toBe('same span at both ends');
    const control = relation('r-control', 'InChargeOf', 'Sylvania', 'Paris');
    expect(exclusionOf({ ...control, target: { ...control.target, entityTypes: ['Location'] } })).toBe('control of a place');
  });

  it('folds a mutual pair annotated both ways into one relation and drops types outside the mapping', () => {
    const gold = buildRe3dGold([MET, MET_BACK, DISLIKES, PLACE]);
    expect(gold.map((r) => r.id)).toEqual(['r-met', 'r-dislikes']);
    expect(gold[0]?.duplicates).toEqual(['r-met-back']);
    // A directed type annotated both ways is two relations.
    const back = { ...ATTACK, id: 'r-attack-back', source: ATTACK.target, target: ATTACK.source };
    expect(buildRe3dGold([ATTACK, back])).toHaveLength(2);
  });
});

describe('re3d: parsing', () => {
  it('reads one object a line and checks relation offsets against the document text', () => {
    const docs = parseRe3dDocuments(`${JSON.stringify({ _id: 'doc1', title: 'T', text: TEXT })}\n`, 'test');
    const byId = new Map(docs.map((d) => [d.id, d]));
    const entities = parseRe3dEntities(JSON.stringify({ documentId: 'doc1', begin: 14, end: 22, type: 'Organisation' }));
    const line = (fields: object) =>
      JSON.stringify({ _id: 'r1', documentId: 'doc1', type: 'CommWith', source: 'Freedonia', sourceBegin: 0, sourceEnd: 9, target: 'Sylvania', targetBegin: 14, targetEnd: 22, ...fields });
    const [parsed] = parseRe3dRelations(line({}), byId, entities);
    expect(parsed?.target).toEqual({ text: 'Sylvania', start: 14, end: 22, entityTypes: ['Organisation'] });
    expect(() => parseRe3dRelations(line({ targetBegin: 13 }), byId, entities)).toThrow(/target offsets 13-22 do not hold "Sylvania"/);
    expect(() => parseRe3dRelations(line({ documentId: 'nope' }), byId, entities)).toThrow(/unknown documentId/);
    expect(() => parseRe3dDocuments('{', 'test')).toThrow(/line 1: not valid JSON/);
  });
});

describe('re3d: matching a claim to an annotated relation', () => {
  it('an end matches by a name containing the span, the span containing a capitalised name, or overlap', () => {
    const span = { start: 100, end: 101 };
    expect(endMatches('sylvania', span, { ...at('Sylvanian'), entityTypes: [] }, context())).toBe(true);
    // The span holds a name of the actor ("Sylvanian" in "the Sylvanian regime").
    expect(endMatches('sylvania', span, { ...at('the Sylvanian regime'), entityTypes: [] }, context())).toBe(true);
    expect(endMatches('freedonia', span, { ...at('the Sylvanian regime'), entityTypes: [] }, context())).toBe(false);
    // Overlap: the claim's argument span or a mention of the actor covers the pronoun.
    expect(endMatches('freedonia', at('We'), { ...at('We'), entityTypes: [] }, context())).toBe(true);
    expect(endMatches('freedonia', span, { ...at('We'), entityTypes: [] }, context(new Map([['freedonia', [at('We')]]])))).toBe(true);
  });

  it('an end also matches through the spans re3d marks as its synonyms, chains included', () => {
    const far = { start: 100, end: 101 };
    const synonyms = [relation('s1', 'IsSynonymOf', 'We', 'Freedonia'), { ...relation('s2', 'IsSynonymOf', 'Freedonia', 'Freedonia'), target: { ...at('Freedonia', 1), entityTypes: [] } }];
    const [dislikes] = buildRe3dGold([DISLIKES, ...synonyms]);
    if (!dislikes) throw new Error('fixture');
    expect(dislikes.source.synonyms).toEqual([{ start: at('Freedonia').start, end: at('Freedonia').end }, { start: at('Freedonia', 1).start, end: at('Freedonia', 1).end }]);
    expect(dislikes.target.synonyms).toBeUndefined();
    // "We" names no one; its synonym "Freedonia" does.
    expect(endMatches('freedonia', far, dislikes.source, context())).toBe(true);
    expect(endMatches('freedonia', far, { ...at('We'), entityTypes: [] }, context())).toBe(false);
    expect(endMatches('sylvania', far, dislikes.source, context())).toBe(false);
  });

  it('a lower-case word is not a capitalised name ("us" is not the acronym US)', () => {
    expect(spanContainsName('let us talk', ['US'])).toBe(false);
    expect(spanContainsName('the US Secretary of State', ['US'])).toBe(true);
    expect(spanContainsName('Russian Foreign Minister Sergei Lavrov', ['Russia', 'Russian'])).toBe(true);
  });

  it('needs a mapped type, polarity, the same place and, for directed types, the direction', () => {
    const [met] = buildRe3dGold([MET]);
    const [attack] = buildRe3dGold([ATTACK]);
    if (!met || !attack) throw new Error('fixture');
    const ctx = context();
    expect(claimMatchesRelation(claim({ source: 'freedonia', type: 'MET_WITH', target: 'sylvania' }), met, ctx)).toBe(true);
    expect(claimMatchesRelation(claim({ source: 'sylvania', type: 'VISITED', target: 'freedonia' }), met, ctx)).toBe(true);
    expect(claimMatchesRelation(claim({ source: 'freedonia', type: 'ATTACKED', target: 'sylvania' }), met, ctx)).toBe(false);
    expect(claimMatchesRelation(claim({ source: 'freedonia', type: 'MET_WITH', target: 'sylvania', negated: true }), met, ctx)).toBe(false);
    // Same actors stated in another sentence: not this relation.
    const elsewhere = { sentenceStart: S1.length + S2.length, sentenceEnd: TEXT.length, sourceStart: 200, sourceEnd: 201, targetStart: 202, targetEnd: 203 };
    expect(claimMatchesRelation(claim({ source: 'freedonia', type: 'MET_WITH', target: 'sylvania', ...elsewhere }), met, ctx)).toBe(false);
    // Directed: the attacker must be the source.
    const inS3 = { sentenceStart: S1.length + S2.length, sentenceEnd: TEXT.length, ...at('Freedonia', 1) };
    const rebels = at('the Rebel Front');
    const forward = claim({ source: 'freedonia', type: 'ATTACKED', target: 'd-rebel-front', ...inS3, sourceStart: inS3.start, sourceEnd: inS3.end, targetStart: rebels.start, targetEnd: rebels.end });
    expect(claimMatchesRelation(forward, attack, ctx)).toBe(true);
    const backward = { ...forward, source: 'd-rebel-front', target: 'freedonia', sourceStart: rebels.start, sourceEnd: rebels.end, targetStart: inS3.start, targetEnd: inS3.end };
    expect(claimMatchesRelation(backward, attack, ctx)).toBe(false);
  });

  it('recall over scored relations; precision over every claim, against any mapped relation', () => {
    const weSpan = at('We');
    const regime = at('the Sylvanian regime');
    const inS2 = { sentenceStart: S1.length, sentenceEnd: S1.length + S2.length };
    const claims = [
      claim({ source: 'freedonia', type: 'MET_WITH', target: 'sylvania' }), // recalls r-met
      claim({ source: 'freedonia', type: 'ACCUSED', target: 'sylvania', ...inS2, sourceStart: weSpan.start, sourceEnd: weSpan.end, targetStart: regime.start, targetEnd: regime.end }), // r-dislikes: unscored, still correct
      claim({ source: 'freedonia', type: 'MEMBER_OF', target: 'united-states' }), // annotated nowhere: against precision
      claim({ source: 'freedonia', type: 'COOPERATES_WITH', target: 'sylvania', negated: true }), // negated: never correct
    ];
    const result = evaluateRe3d([DOC], [MET, MET_BACK, DISLIKES, ATTACK, PLACE], new Map([['doc1', extraction(claims)]]), NAMES);
    expect(result).toMatchObject({ annotated: 5, outOfScope: { CoLocated: 1 }, mapped: 3, excluded: { 'unnamed end': 1 }, negatedClaims: 1 });
    expect(result.recall).toMatchObject({ gold: 2, recalled: 1, recall: 0.5 });
    expect(result.precision).toMatchObject({ claims: 4, correct: 2, precision: 0.5 });
    expect(result.eventPrecision).toMatchObject({ claims: 3, correct: 2 });
    // The same relation stated again is one relation: repeated correct and wrong claims fold.
    const repeated = evaluateRe3d([DOC], [MET, MET_BACK, DISLIKES, ATTACK, PLACE], new Map([['doc1', extraction([...claims, claims[0]!, claims[2]!, claims[2]!])]]), NAMES);
    expect(repeated.precision).toMatchObject({ claims: 7, correct: 3 });
    expect(repeated.relationPrecision).toMatchObject({ claims: 4, correct: 2, precision: 0.5 });
    expect(result.perType.find((row) => row.type === 'CommWith')).toMatchObject({ gold: 1, recalled: 1 });
    expect(result.perType.find((row) => row.type === 'FightingAgainst')).toMatchObject({ gold: 1, recalled: 0 });
    expect(result.perClaimType.find((row) => row.type === 'MEMBER_OF')).toMatchObject({ claims: 1, correct: 0 });
    // A document the extractor did not return counts as extracting nothing.
    expect(evaluateRe3d([DOC], [MET], new Map(), NAMES).recall).toMatchObject({ gold: 1, recalled: 0 });
  });
});

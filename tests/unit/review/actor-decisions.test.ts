// The analysts' actor decisions applied to an extraction, and the gazetteer they teach the extractor.
import { describe, expect, it } from 'vitest';
import type { Actor, DocumentExtraction } from '../../../shared/contract';
import type { Gazetteer } from '../../../shared/gazetteer';
import type { ActorDecision } from '../../../shared/review';
import { applyActorDecisions, indexDecisions } from '../../../review/actor-decisions';
import { decisionsFingerprint, learnedGazetteer } from '../../../review/learned-gazetteer';

const who = { reviewer: 'alice', at: '2026-01-01T00:00:00.000Z', claims: 0 };
const decision = (d: Partial<ActorDecision> & Pick<ActorDecision, 'actor' | 'decision' | 'name'>): ActorDecision => ({ aliases: [], ...who, ...d });
const actor = (id: string, name: string, discovered = false): Actor => ({ id, name, type: discovered ? 'unknown' : 'state', aliases: [], discovered });

const pakistan = actor('pakistan', 'Pakistan');
const decisions = indexDecisions(
  [
    decision({ actor: 'd-zorblat', decision: 'merged', name: 'Zorblat', aliases: ['ZB'], into: 'pakistan' }),
    decision({ actor: 'd-old-front', decision: 'merged', name: 'Old Front', into: 'd-zorblat' }),
    decision({ actor: 'd-noise', decision: 'dismissed', name: 'Noise Group' }),
    decision({ actor: 'd-north-front', decision: 'promoted', name: 'North Front', type: 'armed_group', aliases: ['NF'] }),
  ],
  [pakistan, { ...actor('d-north-front', 'North Front'), type: 'armed_group', aliases: ['NF'] }],
);

function extraction(): DocumentExtraction {
  const claim = (source: string, target: string) => ({
    claimId: `${source}-${target}`, source, target, type: 'MET_WITH' as const, year: 2024, yearRule: 'explicit' as const, doc: 'doc', publisher: null,
    sentence: 's', sentenceStart: 0, sentenceEnd: 1, trigger: 'met', triggerStart: 0, triggerEnd: 1, sourceStart: 0, sourceEnd: 1, targetStart: 0, targetEnd: 1,
    negated: false, modality: 'asserted' as const, confidence: 0.5, weight: 1, extractorVersion: 'x',
  });
  return {
    document: { id: 'doc', title: null, publisher: null, author: null, published: null, url: null, language: null },
    text: 't', sha256: 'h',
    actors: [actor('d-zorblat', 'Zorblat', true), actor('d-old-front-2', 'Old Front', true), actor('d-noise', 'Noise Group', true), actor('taliban', 'Taliban'), actor('d-north-front', 'North Front', true), pakistan],
    mentions: [{ actor: 'd-zorblat', text: 'Zorblat', start: 0, end: 7 }, { actor: 'd-noise', text: 'Noise Group', start: 8, end: 19 }],
    claims: [claim('d-zorblat', 'taliban'), claim('d-noise', 'taliban'), claim('d-old-front-2', 'taliban'), claim('d-zorblat', 'pakistan'), claim('d-north-front', 'taliban')],
  };
}

describe('applyActorDecisions', () => {
  it('writes a merged actor as its target (also through a chain and by name), drops dismissed actors and self-links, keeps promoted ones known', () => {
    const out = applyActorDecisions(extraction(), decisions);
    expect(out.actors.map((a) => a.id).sort()).toEqual(['d-north-front', 'pakistan', 'taliban']);
    expect(out.actors.find((a) => a.id === 'd-north-front')).toMatchObject({ discovered: false, type: 'armed_group', aliases: ['NF'] });
    expect(out.mentions).toEqual([{ actor: 'pakistan', text: 'Zorblat', start: 0, end: 7 }]);
    expect(out.claims.map((c) => `${c.source}>${c.target}`)).toEqual(['pakistan>taliban', 'pakistan>taliban', 'd-north-front>taliban']);
  });

  it('changes nothing without decisions', () => {
    const e = extraction();
    expect(applyActorDecisions(e, indexDecisions([]))).toBe(e);
  });
});

describe('learnedGazetteer', () => {
  const base: Gazetteer = { actors: [{ id: 'pakistan', name: 'Pakistan', type: 'state', aliases: ['Islamabad'], acronyms: [], demonyms: [], metonyms: [], affiliations: [], country: null }], eraMetonyms: [] };

  it('adds merged names as aliases of the target and promoted actors as entries, leaving the base as it was', () => {
    const learned = learnedGazetteer(base, decisions);
    expect(learned.actors.find((a) => a.id === 'pakistan')?.aliases).toEqual(['Islamabad', 'Zorblat', 'ZB']);
    expect(learned.actors.find((a) => a.id === 'd-north-front')).toMatchObject({ name: 'North Front', type: 'armed_group', aliases: ['NF'] });
    expect(base.actors[0]?.aliases).toEqual(['Islamabad']);
    expect(learnedGazetteer(base, indexDecisions([]))).toBe(base);
  });

  it('fingerprints a set of decisions whatever their order', () => {
    const reversed = indexDecisions([...decisions.byId.values()].reverse());
    expect(decisionsFingerprint(reversed)).toBe(decisionsFingerprint(decisions));
    expect(decisionsFingerprint(indexDecisions([]))).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { claimSink, type ClaimDraft } from '../../../ingest/extract/assemble';

const meta = { id: 'doc-1', title: null, publisher: 'Test Wire', author: null, published: '2024-06-15', url: null, language: 'en' };

function draft(partial: Partial<ClaimDraft>): ClaimDraft {
  return {
    source: 'chad', target: 'sudan', type: 'SUPPORTS', year: 2024, yearRule: 'publication-fallback',
    sentence: 'Chad praised Sudan and thanked Sudan.', sentenceStart: 0, sentenceEnd: 37,
    trigger: 'praised', triggerStart: 5, triggerEnd: 12, sourceStart: 0, sourceEnd: 4, targetStart: 13, targetEnd: 18,
    negated: false, modality: 'asserted', confidence: 0.8, ...partial,
  };
}

describe('claim sink', () => {
  it('keeps one claim per relation a sentence states, whatever words state it twice', () => {
    const sink = claimSink(meta, 'test');
    sink.push(draft({}));
    sink.push(draft({ trigger: 'thanked', triggerStart: 23, triggerEnd: 30, targetStart: 31, targetEnd: 36 }));
    expect(sink.claims).toHaveLength(1);
    expect(sink.claims[0]?.trigger).toBe('praised');
  });

  it('keeps what differs: the other sentence, the denial, the other type or direction, and never an actor with itself', () => {
    const sink = claimSink(meta, 'test');
    sink.push(draft({}));
    sink.push(draft({ sentenceStart: 40, sentenceEnd: 60, triggerStart: 45 }));
    sink.push(draft({ negated: true, triggerStart: 23 }));
    sink.push(draft({ type: 'MET_WITH', triggerStart: 23 }));
    sink.push(draft({ source: 'sudan', target: 'chad', triggerStart: 23 }));
    sink.push(draft({ target: 'chad' }));
    expect(sink.claims.map((c) => `${c.sentenceStart} ${c.source} ${c.type}${c.negated ? '!' : ''} ${c.target}`)).toEqual([
      '0 chad SUPPORTS sudan', '40 chad SUPPORTS sudan', '0 chad SUPPORTS! sudan', '0 chad MET_WITH sudan', '0 sudan SUPPORTS chad',
    ]);
  });
});

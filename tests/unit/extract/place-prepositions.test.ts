import { describe, expect, it } from 'vitest';
import { isPlacePreposition, isPlaceRelation } from '../../../ingest/extract/place-prepositions';

describe('place prepositions (one list for the surface roles and the tree coder)', () => {
  it('names where, not with or against whom', () => {
    for (const p of ['in', 'at', 'near', 'inside', 'outside', 'within', 'across', 'around', 'throughout']) expect(isPlacePreposition(p)).toBe(true);
    for (const p of ['with', 'against', 'on', 'to', 'of', 'by', 'from']) expect(isPlacePreposition(p)).toBe(false);
  });

  it('reads the preposition of an enhanced++ oblique or nominal modifier only', () => {
    expect(isPlaceRelation('obl:in')).toBe(true);
    expect(isPlaceRelation('nmod:near')).toBe(true);
    expect(isPlaceRelation('obl:with')).toBe(false);
    expect(isPlaceRelation('advcl:in')).toBe(false);
    expect(isPlaceRelation('nmod:poss')).toBe(false);
    expect(isPlaceRelation('obl')).toBe(false);
  });
});

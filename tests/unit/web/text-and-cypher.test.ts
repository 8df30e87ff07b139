import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeCypher } from '../../../web/src/graph/cypher-tokens';
import { segmentText } from '../../../web/src/graph/highlight-text';

describe('Cypher highlighting', () => {
  it('classifies keywords, labels, parameters, strings, numbers, functions and comments', () => {
    const tokens = tokenizeCypher("MATCH (a:Actor {id: $actor})-[r]->(b) // who\nWHERE r.year >= 2021 AND b.name <> 'x' RETURN count(r)");
    const kinds = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
    expect(kinds('keyword')).toEqual(['MATCH', 'WHERE', 'AND', 'RETURN', 'count']);
    expect(kinds('label')).toEqual([':Actor']);
    expect(kinds('param')).toEqual(['$actor']);
    expect(kinds('string')).toEqual(["'x'"]);
    expect(kinds('number')).toEqual(['2021']);
    expect(kinds('comment')).toEqual(['// who']);
  });
  it('is lossless for any input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(tokenizeCypher(s).map((t) => t.text).join('')).toBe(s);
    }));
  });
});

describe('evidence highlighting', () => {
  it('splits a sentence into marked and plain segments using document offsets', () => {
    const sentence = 'The US attacked ISIS-K.';
    const segments = segmentText(sentence, [{ start: 107, end: 115, kind: 'trigger' }, { start: 100, end: 106, kind: 'actor' }], 100);
    expect(segments.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ['The US', 'actor'], [' ', null], ['attacked', 'trigger'], [' ISIS-K.', null],
    ]);
  });
  it('never loses or duplicates text, whatever the marks', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 20 })), { maxLength: 6 }), (text, ranges) => {
      const marks = ranges.map(([start, len]) => ({ start, end: start + len, kind: 'x' }));
      expect(segmentText(text, marks).map((s) => s.text).join('')).toBe(text);
    }));
  });
});

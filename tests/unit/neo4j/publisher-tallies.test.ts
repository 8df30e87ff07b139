// The net change in documents per publisher that a transaction's Document writes make (pure part of
// neo4j/publisher-tallies.ts).
import { describe, expect, it } from 'vitest';
import { publisherChanges } from '../../../neo4j/publisher-tallies';

describe('publisherChanges', () => {
  it('counts a created document +1, a deleted one -1, a changed publisher -1 and +1', () => {
    expect(publisherChanges([[null, 'Reuters'], ['AP', null], ['Dawn', 'Reuters']])).toEqual([
      { publisher: 'AP', n: -1 },
      { publisher: 'Dawn', n: -1 },
      { publisher: 'Reuters', n: 2 },
    ]);
  });

  it('leaves out net zero changes and documents without a publisher', () => {
    expect(publisherChanges([['Reuters', 'Reuters'], [null, null], [undefined, null], ['AP', 'Dawn'], ['Dawn', 'AP']])).toEqual([]);
  });

  it('lists the changes in one order whatever the order of the writes (the lock order)', () => {
    const writes: Array<[string | null, string | null]> = [[null, 'b'], [null, 'a'], ['c', null], [null, 'B']];
    const order = (ws: typeof writes) => publisherChanges(ws).map((c) => c.publisher);
    expect(order(writes)).toEqual(order([...writes].reverse()));
    expect(order(writes)).toEqual(['B', 'a', 'b', 'c']);
  });

  it('tells a number from the string of its digits, as count(DISTINCT) does', () => {
    expect(publisherChanges([[null, 7], [null, '7']])).toHaveLength(2);
  });
});

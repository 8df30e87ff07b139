import { describe, expect, it } from 'vitest';
import { contributionsOf, type ContributionRow } from '../../../neo4j/aggregate-contributions';
import { statKey, SummaryChange } from '../../../neo4j/stat-contributions';

const row = (over: Partial<ContributionRow>): ContributionRow => ({
  docId: 'd1', source: 'a', type: 'ATTACKED', target: 'b', year: 2020, publishedYear: 2021, negated: false, modality: 'asserted', publisher: 'P', n: 1, micro: 0,
  ...over,
});

describe('SummaryChange', () => {
  it('counts the claims per dimension and value, a missing value under null', () => {
    const change = new SummaryChange();
    change.addContributions(contributionsOf([row({ n: 2 }), row({ year: null, type: 'SUPPORTS', target: 'c' })]), 1);
    const byKey = Object.fromEntries(change.statChanges().map((d) => [d.key, d.n]));
    expect(byKey).toEqual({
      [statKey('modality', 'asserted')]: 3,
      [statKey('publisher', 'P')]: 3,
      [statKey('reported', 2021)]: 3,
      [statKey('type', 'ATTACKED')]: 2,
      [statKey('type', 'SUPPORTS')]: 1,
      [statKey('year', 2020)]: 2,
      [statKey('year', null)]: 1,
    });
    expect(change.actorChanges()).toEqual([{ id: 'a', n: 3 }, { id: 'b', n: 2 }, { id: 'c', n: 1 }]);
  });

  it('writes only the net change of a transaction: what it takes out and puts back unchanged is nothing', () => {
    const change = new SummaryChange();
    const before = contributionsOf([row({ n: 2 }), row({ target: 'c' })]);
    const after = contributionsOf([row({ n: 2 }), row({ target: 'd' })]);
    change.addContributions(before, -1);
    change.addContributions(after, 1);
    expect(change.statChanges()).toEqual([]);
    expect(change.actorChanges()).toEqual([{ id: 'c', n: -1 }, { id: 'd', n: 1 }]);
  });

  it('reads a retyped actor again without a claim change, and moves the type counts as its tally says', () => {
    const change = new SummaryChange();
    change.markRetyped(['x']);
    expect(change.actorChanges()).toEqual([{ id: 'x', n: 0 }]);
    change.addActorTransitions([
      { type: 'state', counted: true, typeNow: 'person', countedNow: true },
      { type: 'state', counted: true, typeNow: null, countedNow: false },
      { type: null, counted: false, typeNow: 'igo', countedNow: true },
      { type: 'agency', counted: false, typeNow: 'agency', countedNow: false },
    ]);
    expect(change.statChanges().map((d) => [d.dim, d.value, d.n])).toEqual([
      ['actorType', 'igo', 1],
      ['actorType', 'person', 1],
      ['actorType', 'state', -2],
    ]);
  });
});

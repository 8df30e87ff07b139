import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../ingest/extract/resources';
import gazetteerData from '../../../seeds/gazetteer.json';
import { gazetteerNames, matchGazetteerNames, NAME_SCORES } from '../../../server/queries/gazetteer-names';

const names = gazetteerNames(gazetteerData as unknown as Gazetteer);
const match = (q: string) => Object.fromEntries(matchGazetteerNames(names, q).map((m) => [m.actorId, m]));

describe('gazetteer names for search', () => {
  it('maps capitals, buildings and demonyms to the actor the extractor maps them to', () => {
    expect(match('islamabad').pakistan).toEqual({ actorId: 'pakistan', score: NAME_SCORES.exact, matched: 'Islamabad' });
    expect(match('the white house')['united-states']?.score).toBe(NAME_SCORES.exact);
    expect(match('pakistani').pakistan?.matched).toBe('Pakistani');
  });

  it('offers both actors of an era metonym (Kabul: Afghanistan before 2021-08-15, the Taliban after)', () => {
    const kabul = match('kabul');
    expect(kabul.afghanistan?.score).toBe(NAME_SCORES.exact);
    expect(kabul.taliban?.score).toBe(NAME_SCORES.exact);
  });

  it('scores prefixes and word prefixes below exact names, and nothing for an empty text', () => {
    expect(match('islam').pakistan?.score).toBe(NAME_SCORES.prefix);
    expect(match('house')['united-states']?.score).toBe(NAME_SCORES.wordPrefix);
    expect(matchGazetteerNames(names, '')).toEqual([]);
  });
});

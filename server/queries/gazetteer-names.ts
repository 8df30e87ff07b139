// Pure: the names the extractor maps to an actor without storing them as its aliases — capitals and
// buildings (metonyms: Islamabad → Pakistan, the White House → United States), demonyms (Pakistani →
// Pakistan) and era metonyms (Kabul → Afghanistan before 2021-08-15, the Taliban from then on, so a
// search for it offers both). Read from the gazetteer the extractor uses, so search and extraction
// never disagree on what a name stands for.
import type { Gazetteer } from '../../shared/gazetteer';

export type NameKind = 'metonym' | 'demonym';

export interface GazetteerName {
  /** Lower-case, without a leading "the ". */
  term: string;
  /** As written in the gazetteer, for display ("Islamabad"). */
  display: string;
  actorId: string;
  kind: NameKind;
}

/** A match of a search text against those names: the best per actor. */
export interface NameMatch {
  actorId: string;
  score: number;
  /** The name that matched, as written in the gazetteer. */
  matched: string;
}

// Below an exact alias (90) and a name prefix (70) of the actor's own names; above their substrings.
export const NAME_SCORES = { exact: 85, prefix: 55, wordPrefix: 35 } as const;

const normalise = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();

export function gazetteerNames(gazetteer: Gazetteer): GazetteerName[] {
  const out: GazetteerName[] = [];
  for (const a of gazetteer.actors) {
    for (const m of a.metonyms) out.push({ term: normalise(m), display: m, actorId: a.id, kind: 'metonym' });
    for (const d of a.demonyms) out.push({ term: normalise(d), display: d, actorId: a.id, kind: 'demonym' });
  }
  for (const e of gazetteer.eraMetonyms ?? []) {
    for (const id of new Set([e.before, e.after])) out.push({ term: normalise(e.alias), display: e.alias, actorId: id, kind: 'metonym' });
  }
  return out;
}

function scoreOf(term: string, q: string): number {
  if (term === q) return NAME_SCORES.exact;
  if (term.startsWith(q)) return NAME_SCORES.prefix;
  if (term.split(/\s+/).some((w) => w.startsWith(q))) return NAME_SCORES.wordPrefix;
  return 0;
}

/** The actors whose gazetteer names match `q` (already lower-case) exactly, by prefix or word prefix. */
export function matchGazetteerNames(names: readonly GazetteerName[], q: string): NameMatch[] {
  const query = normalise(q);
  if (query === '') return [];
  const best = new Map<string, NameMatch>();
  for (const n of names) {
    const score = scoreOf(n.term, query);
    if (score === 0) continue;
    const current = best.get(n.actorId);
    if (!current || score > current.score) best.set(n.actorId, { actorId: n.actorId, score, matched: n.display });
  }
  return [...best.values()];
}

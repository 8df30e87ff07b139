// Known names misspelt by one letter ("Afganistan", "Ethopia", "Phillippines"): real reporting and
// transcripts carry them, and an exact gazetteer misses the actor. Pure.
//
// Only long one-word names (MIN_LENGTH letters or more) of states, groups and bodies, never people:
// short names sit one letter from other words ("Greene"/"Greece", "Franco"/"France"), and people's
// names one letter apart are often different people ("Mahmood"/"Mahmoud"). The first letter must
// agree, as it does in nearly every misspelling, the last two letters too (a letter more or other at
// the end makes adjectives, plurals and names: "Nigerian", "Hollande", "Georgina"), and a word one
// letter from two actors' names is neither.

/** Letters a name needs before a one-letter slip in it is read as that name. */
export const MIN_LENGTH = 7;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** True when `a` becomes `b` by one letter added, dropped, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  const i = commonPrefix(a, b);
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface MisspellingIndex<T> {
  /** The value of the one known name `word` (lower case) misspells, or null. */
  lookup(word: string): T | null;
}

/**
 * `names`: lower-case one-word names with the value each stands for and the actor it names (two
 * names of one actor do not make a word ambiguous).
 */
export function createMisspellingIndex<T>(names: readonly { name: string; actor: string; value: T }[]): MisspellingIndex<T> {
  const known = new Set(names.map((n) => n.name));
  const byStart = new Map<string, { name: string; actor: string; value: T }[]>();
  for (const n of names) {
    if (n.name.length < MIN_LENGTH || !/^\p{L}+$/u.test(n.name)) continue;
    const key = n.name[0] as string;
    byStart.set(key, [...(byStart.get(key) ?? []), n]);
  }
  return {
    lookup(word: string): T | null {
      if (word.length < MIN_LENGTH || known.has(word)) return null;
      const near = (byStart.get(word[0] as string) ?? []).filter((n) => oneEditApart(word, n.name));
      // A slip in the last two letters makes another word: the name's adjective or plural ("Nigerian",
      // "Germans"), a surname or first name ("Hollande" is no Holland, "Georgina" no Georgian).
      if (near.some((n) => commonPrefix(word, n.name) >= Math.min(word.length, n.name.length) - 2)) return null;
      const actors = new Set(near.map((n) => n.actor));
      return actors.size === 1 ? (near[0] as { value: T }).value : null;
    },
  };
}

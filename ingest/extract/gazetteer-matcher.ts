// Gazetteer mentions: token-trie longest match. Acronyms match case-sensitively (CIA, US but not
// "us"), names case-insensitively at token boundaries; demonyms before population nouns ("Afghan
// women") are people, not the state; era metonyms (Kabul) resolve by publication date.
import type { Cues, EraMetonym, Gazetteer, GazetteerActor } from './resources';
import type { FoundMention, MentionKind } from './mention-types';
import type { Token } from './tokenize';
import { TokenTrie, exactKey, lowerKey } from './token-trie';
import { createMisspellingIndex, type MisspellingIndex } from './misspellings';
import { skeletonKey, skeletonKeys, skippedInName } from './transliteration';
import { phraseKeys } from './tokenize';

interface GazEntry {
  actor: string;
  kind: MentionKind;
  /** The alias has no capital letter itself (de facto authorities), so lower-case text may match. */
  lowerAlias: boolean;
  era?: EraMetonym;
  place?: string;
}

export interface GazetteerMatcher {
  ci: TokenTrie<GazEntry>;
  cs: TokenTrie<GazEntry>;
  /** One-word names of states, groups and bodies misspelt by a letter. */
  misspelt: MisspellingIndex<GazEntry>;
  /** Names of several words of groups and bodies by their consonants: transliterations ("Tehreek-i-Taliban"). */
  skeletons: TokenTrie<GazEntry>;
  populationNouns: Set<string>;
  facilityNouns: Set<string>;
  instrumentNouns: Set<string>;
  actors: Map<string, GazetteerActor>;
}

function stripThe(keys: string[]): string[] {
  return keys.length > 1 && keys[0]?.toLowerCase() === 'the' ? keys.slice(1) : keys;
}

export function compileGazetteer(gaz: Gazetteer, cues: Cues): GazetteerMatcher {
  const ci = new TokenTrie<GazEntry>();
  const cs = new TokenTrie<GazEntry>();
  const actors = new Map<string, GazetteerActor>();
  const oneWordNames: { name: string; actor: string; value: GazEntry }[] = [];
  const skeletons = new TokenTrie<GazEntry>();
  const add = (alias: string, entry: Omit<GazEntry, 'lowerAlias'>): void => {
    const keys = stripThe(phraseKeys(alias));
    const value = { ...entry, lowerAlias: !/\p{Lu}/u.test(alias) && keys.length > 1 };
    ci.add(keys, value);
    const person = actors.get(entry.actor)?.type === 'person';
    if (keys.length === 1 && entry.kind !== 'era' && !person) oneWordNames.push({ name: keys[0] as string, actor: entry.actor, value });
    const skeletal = entry.kind === 'alias' && !person ? skeletonKeys(stripThe(phraseKeys(alias, false))) : null;
    if (skeletal) skeletons.add(skeletal, value);
  };
  // "Afghan government" is also "the Government of Afghanistan" and "the Afghanistan government":
  // a demonym + body alias is spelled with the state's name too.
  const stateOfDemonym = new Map<string, GazetteerActor>();
  for (const a of gaz.actors) if (a.type === 'state') for (const d of a.demonyms) stateOfDemonym.set(d.toLowerCase(), a);
  const bodyVariants = (alias: string): string[] => {
    const m = /^(\S+) (government|administration|military|armed forces)$/i.exec(alias);
    const state = m ? stateOfDemonym.get((m[1] as string).toLowerCase()) : undefined;
    if (!m || !state) return [];
    const body = m[2] as string;
    return [`${body[0]?.toUpperCase()}${body.slice(1)} of ${state.name}`, `${state.name} ${body}`];
  };
  for (const a of gaz.actors) {
    actors.set(a.id, a);
    for (const alias of [a.name, ...a.aliases]) add(alias, { actor: a.id, kind: 'alias' });
    for (const alias of a.aliases) for (const v of bodyVariants(alias)) add(v, { actor: a.id, kind: 'alias' });
    for (const d of a.demonyms) add(d, { actor: a.id, kind: 'demonym' });
    const place = a.type === 'state' ? a.id : undefined;
    for (const m of a.metonyms) add(m, { actor: a.id, kind: 'metonym', place });
    for (const acr of a.acronyms) {
      const keys = phraseKeys(acr, false);
      cs.add(keys, { actor: a.id, kind: 'acronym', lowerAlias: false });
      // "U.S" at a sentence end loses nothing, but "U.S" before a hyphen may drop the final dot.
      if (acr.endsWith('.') && keys.length === 1) cs.add([acr.slice(0, -1)], { actor: a.id, kind: 'acronym', lowerAlias: false });
    }
  }
  for (const era of gaz.eraMetonyms ?? []) ci.add(phraseKeys(era.alias), { actor: era.after, kind: 'era', lowerAlias: false, era, place: era.place });
  return { ci, cs, misspelt: createMisspellingIndex(oneWordNames), skeletons, populationNouns: new Set(cues.populationNouns), facilityNouns: new Set(cues.facilityNouns), instrumentNouns: new Set(cues.instrumentNouns), actors };
}

/** All gazetteer mentions in tokens [from, to), non-overlapping, left to right. */
export function matchGazetteer(m: GazetteerMatcher, tokens: readonly Token[], from: number, to: number, published: string | null): FoundMention[] {
  const out: FoundMention[] = [];
  let i = from;
  while (i < to) {
    const tok = tokens[i] as Token;
    if (!tok.isWord) {
      i++;
      continue;
    }
    const a = m.cs.longest(tokens, i, to, exactKey);
    const b = m.ci.longest(tokens, i, to, lowerKey) ?? (a ? null : transliteratedName(m, tokens, i, to) ?? misspeltName(m, tokens, i));
    // A known name written with a middle initial first, else the longest match as written.
    let found: FoundMention | null = withMiddleInitial(m, tokens, i, to, b?.end ?? i);
    if (!found && a && (!b || a.end >= b.end)) {
      const e = a.values[0] as GazEntry;
      found = { actor: e.actor, kind: e.kind, ts: i, te: a.end };
    } else if (!found && b) {
      const e = pickEntry(b.values);
      if (accept(m, tokens, i, b.end, e)) {
        let actor = e.actor;
        if (e.era) actor = published !== null && published < e.era.switchDate ? e.era.before : e.era.after;
        found = { actor, kind: e.kind, ts: i, te: b.end };
        if (e.place) found.place = e.place;
      } else if (a) {
        const ea = a.values[0] as GazEntry;
        found = { actor: ea.actor, kind: ea.kind, ts: i, te: a.end };
      }
    }
    const facilityEnd = found ? endOfFacilityNamed(m, tokens, found, to) : -1;
    if (facilityEnd > 0) i = facilityEnd;
    else if (found) {
      out.push(found);
      i = found.te;
    } else i++;
  }
  return out;
}

/** A name of several capitalised words spelled another way ("Tehreek-i-Taliban Pakistan"), as a match of that name. */
function transliteratedName(m: GazetteerMatcher, tokens: readonly Token[], i: number, to: number): { end: number; values: GazEntry[] } | null {
  if (!(tokens[i] as Token).isCap) return null;
  const match = m.skeletons.longest(tokens, i, to, skeletonKey, true, skippedInName);
  if (!match) return null;
  // Every word of the name is capitalised but its joiners ("Tehreek-e-Insaf", "Jamaat-ud-Dawa"), and one is there.
  let joined = false;
  for (let k = i; k < match.end; k++) {
    const t = tokens[k] as Token;
    if (t.isWord && !t.isCap && !skippedInName(t)) return null;
    if (t.isWord && skippedInName(t)) joined = true;
  }
  return joined ? match : null;
}

/** A capitalised word that misspells one known one-word name, as a match of that name. */
function misspeltName(m: GazetteerMatcher, tokens: readonly Token[], i: number): { end: number; values: GazEntry[] } | null {
  const tok = tokens[i] as Token;
  // Beside a capitalised word it is part of a name or stands after a title ("President Hollande",
  // "Georgina Smith"), also through "of" ("the District of Columbia").
  const capitalWord = (k: number): boolean => !!tokens[k]?.isWord && !!tokens[k]?.isCap;
  if (!tok.isCap || capitalWord(i - 1) || capitalWord(i + 1) || (tokens[i - 1]?.lower === 'of' && capitalWord(i - 2))) return null;
  const entry = m.misspelt.lookup(tok.lower);
  return entry ? { end: i + 1, values: [entry] } : null;
}

/**
 * A known person's name written with a middle initial the gazetteer lacks ("Antony J. Blinken" for
 * "Antony Blinken"): the name without the initial, matched in full, spans the initial too. Only where
 * it reaches further than a match as written (`plainEnd`).
 */
function withMiddleInitial(m: GazetteerMatcher, tokens: readonly Token[], i: number, to: number, plainEnd: number): FoundMention | null {
  const initial = tokens[i + 1];
  if (!(tokens[i] as Token).isCap || !initial || !/^\p{Lu}$/u.test(initial.text) || tokens[i + 2]?.text !== '.' || !tokens[i + 3]?.isCap || i + 3 >= to) return null;
  const rest = tokens.slice(i + 3, to);
  const joined = [tokens[i] as Token, ...rest];
  const match = m.ci.longest(joined, 0, joined.length, lowerKey);
  if (!match || match.end < 2) return null;
  const entry = match.values.find((v) => v.kind === 'alias' && m.actors.get(v.actor)?.type === 'person');
  const end = i + 3 + (match.end - 1);
  return entry && end > plainEnd ? { actor: entry.actor, kind: 'alias', ts: i, te: end } : null;
}

/**
 * Where a place or thing named after a known person ends ("Hamid Karzai International Airport",
 * "Imran Khan Cricket Stadium"): up to two capitalised words, then a capitalised facility noun. -1
 * when the mention is no such name.
 */
function endOfFacilityNamed(m: GazetteerMatcher, tokens: readonly Token[], found: FoundMention, to: number): number {
  if (m.actors.get(found.actor)?.type !== 'person') return -1;
  for (let k = found.te; k < Math.min(to, found.te + 3); k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || !t.isCap) return -1;
    if (m.facilityNouns.has(t.lower)) return k + 1;
  }
  return -1;
}

function pickEntry(values: GazEntry[]): GazEntry {
  // Prefer a name over a demonym or metonym when one alias is both.
  return values.find((v) => v.kind === 'alias') ?? (values[0] as GazEntry);
}

function accept(m: GazetteerMatcher, tokens: readonly Token[], i: number, end: number, e: GazEntry): boolean {
  let anyCap = false;
  for (let k = i; k < end; k++) if ((tokens[k] as Token).isCap) anyCap = true;
  if (!anyCap && !e.lowerAlias) return false;
  if (e.kind === 'demonym') {
    if (!(tokens[i] as Token).isCap) return false;
    const next = tokens[end];
    if (next && m.populationNouns.has(next.lower)) return false;
    // "Afghan-born", "Pakistani-American": a compound, not the state.
    if (next && next.text === '-' && !['led', 'backed', 'based', 'owned', 'run', 'controlled', 'funded', 'sponsored', 'supported'].includes(tokens[end + 1]?.lower ?? '')) return false;
    // "former Soviet republics", "post-Soviet states": other states, not this one.
    const prev = tokens[i - 1];
    if (prev && (prev.lower === 'former' || prev.lower === 'ex' || prev.lower === 'post' || (prev.text === '-' && ['post', 'ex'].includes(tokens[i - 2]?.lower ?? '')))) return false;
  }
  if ((e.kind === 'metonym' || e.kind === 'era') && !(tokens[i] as Token).isCap && !(tokens[i - 1]?.lower === 'the')) return false;
  // "the Doha Agreement", "the Warsaw Pact": a city names where an agreement or forum was made, not a party to it.
  // After "the" the city modifies a noun however it is written ("the Doha agreement"); without it a
  // lower-case word may be a verb ("Islamabad talks to Kabul").
  if ((e.kind === 'metonym' || e.kind === 'era') && (tokens[end]?.isCap || tokens[i - 1]?.lower === 'the') && m.instrumentNouns.has(tokens[end]?.lower ?? '')) return false;
  return true;
}

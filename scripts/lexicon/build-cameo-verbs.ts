// From a parsed CAMEO verb dictionary and our CAMEO → relation-type mapping (cameo-map.json) to the
// trigger lists the dependency coder reads (cameo-verbs.json). Pure.
//
// Semantics kept from PETRARCH2: a verb's bare code is its own or its block's; the block's patterns
// apply to every verb of the block; a verb listed in several blocks keeps its first block (PETRARCH
// stores the first); of two patterns with the same words the later wins (PETRARCH overwrites).
// A code 'A:B' is A from subject to object, B from object to subject (B alone → reverse).
import type { RelationType } from '../../shared/vocabulary';
import { lemmaOf } from './english';
import { parseCameoCode, type CameoCode, type CameoDictionary, type CameoPatternToken, type CameoVerb } from './parse-cameo';
import type {
  CameoExcludedEntry, CameoMapEntry, CameoMapFile, CameoPhraseEntry, CameoVerbEntry, VerbOverride,
} from './lexicon-schema';

/** Prepositions that can introduce a verb's target; a multi-word verb ending in one becomes `preps`. */
export const TARGET_PREPOSITIONS = new Set([
  'of', 'to', 'from', 'with', 'against', 'for', 'at', 'into', 'onto', 'upon', 'toward', 'towards', 'between', 'among', 'after',
]);

/** Particles of phrasal verbs ("crack down", "take over"); with TARGET_PREPOSITIONS, the words a multi-word verb may add and still take its block's patterns. */
export const PARTICLES = new Set([
  'up', 'down', 'out', 'off', 'away', 'back', 'over', 'in', 'on', 'forward', 'forth', 'aside', 'together', 'apart', 'around', 'through', 'along', 'about', 'by', 'behind',
]);

/** Words that carry nothing a dependency can be matched on (articles, auxiliaries, complementisers). */
const DROPPED_WORDS = new Set(['the', 'a', 'an', 'that', 'this', 'which', 'will', 'would', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);

/** Verb lines that are not verbs of their own: auxiliaries. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'do', 'does', 'did']);

export interface CodeMapper {
  /** The map entry for a code: its own, else its three-digit parent, else its root ('1' + '9' + '0'). */
  entryFor(code: string): CameoMapEntry | undefined;
  /** Our type for a dictionary code given the words that depend on the verb, or null (out of scope). */
  map(code: CameoCode, words: readonly string[]): { type: RelationType; reverse: boolean; cameo: string } | null;
}

export function makeCodeMapper(mapFile: Pick<CameoMapFile, 'codes'>): CodeMapper {
  const byCode = new Map(mapFile.codes.map((entry) => [entry.cameo, entry]));
  const entryFor = (code: string): CameoMapEntry | undefined =>
    byCode.get(code) ?? byCode.get(code.slice(0, 3)) ?? byCode.get(code.slice(0, 2) + '0');
  const one = (code: string, words: readonly string[], flip: boolean) => {
    const entry = entryFor(code);
    if (!entry || entry.type === null) return null;
    if (entry.onlyWith && !entry.onlyWith.some((w) => words.includes(w))) return null;
    return { type: entry.type, reverse: Boolean(entry.reverse) !== flip, cameo: code };
  };
  return {
    entryFor,
    map(code, words) {
      if (code.active) return one(code.active, words, false);
      if (code.passive) return one(code.passive, words, true);
      return null;
    },
  };
}

export interface BuildStats {
  blocks: number;
  verbLines: number;
  patterns: number;
  droppedVerbLines: Record<string, number>;
  droppedPatterns: Record<string, number>;
  overridden: number;
  /** Overrides that matched no verb or block (a typo in cameo-map.json, or a verb dropped earlier). */
  unusedOverrides: string[];
}

export interface CameoVerbsBuild {
  verbs: CameoVerbEntry[];
  phrases: CameoPhraseEntry[];
  excluded: CameoExcludedEntry[];
  stats: BuildStats;
}

/** The head word of a synset member: its last word, or the word before 'of' ("WEAPONS OF MASS DESTRUCTION"). */
export function memberHead(member: readonly string[]): string {
  const of = member.findIndex((w, i) => i > 0 && w.toUpperCase() === 'OF');
  return lemmaOf(of > 0 ? (member[of - 1] as string) : (member[member.length - 1] as string));
}

const WORD = /^[a-z0-9][a-z0-9'./-]*$/;

/**
 * Expands the synsets of a pattern side into the word sequences (lemmas) it stands for; null when
 * a synset is undefined. A synset that heads its phrase becomes the head word of each member
 * ("&WEAPON" → gun, rifle, missile...: "MACHINE GUN" → "gun"), restricted to `heads[synset]` when
 * given; a synset that only modifies a noun ("{&MILITARY AID}") is left out: the head ("aid")
 * carries the event and the coder matches heads, not modifiers. "BY/WITH" is either word.
 * Articles and auxiliaries are dropped; a sequence with a word a parser would not produce is dropped.
 */
export function expandPatternWords(
  tokens: readonly CameoPatternToken[],
  synsets: ReadonlyMap<string, string[][]>,
  heads: Readonly<Record<string, readonly string[]>> = {},
  limit = 400,
): string[][] | null {
  let sequences: string[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'marker') continue;
    let options: string[];
    if (token.kind === 'word') {
      options = token.text.split('/').map(lemmaOf).filter((w) => w !== '');
      if (options.length === 1 && DROPPED_WORDS.has(options[0] as string)) continue;
    } else {
      const members = synsets.get(token.text);
      if (!members || members.length === 0) return null;
      if (token.modifier) continue;
      const keep = heads[token.text];
      options = [...new Set(members.map(memberHead))].filter((h) => !keep || keep.includes(h));
    }
    options = options.filter((w) => WORD.test(w));
    const next: string[][] = [];
    for (const s of sequences) for (const option of options) next.push([...s, option]);
    sequences = next.slice(0, limit);
  }
  return sequences.filter((s) => s.length > 0);
}

function verbKey(lemma: string, particles: readonly string[]): string {
  return [lemma, ...particles].join(' ');
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

interface Candidate {
  lemma: string;
  words: string[];
  code: CameoCode;
  line: number;
}

export function buildCameoVerbs(dict: CameoDictionary, mapFile: Pick<CameoMapFile, 'codes' | 'verbOverrides' | 'synsetHeads'>): CameoVerbsBuild {
  const mapper = makeCodeMapper(mapFile);
  const verbOverrides = new Map<string, VerbOverride>();
  const blockOverrides = new Map<string, VerbOverride>();
  for (const o of mapFile.verbOverrides) {
    if (o.lemma !== undefined) verbOverrides.set(verbKey(o.lemma, o.particles ?? []), o);
    else if (o.block !== undefined) blockOverrides.set(o.block, o);
  }
  const stats: BuildStats = {
    blocks: dict.blocks.length, verbLines: 0, patterns: 0, droppedVerbLines: {}, droppedPatterns: {}, overridden: 0, unusedOverrides: [],
  };

  // The single-word lemmas of the whole dictionary, to recognise inflected duplicates ("TOURING").
  const allLemmas = new Set(dict.blocks.flatMap((b) => b.verbs.filter((v) => v.particles.length === 0).map((v) => v.lemma)));
  const isInflectedDuplicate = (lemma: string): boolean => {
    const bases = [
      lemma.replace(/ing$/, ''), lemma.replace(/ing$/, 'e'), lemma.replace(/ed$/, ''), lemma.replace(/ed$/, 'e'), lemma.replace(/d$/, ''),
      lemma.replace(/ied$/, 'y'), lemma.replace(/s$/, ''), lemma.replace(/es$/, ''), lemma.replace(/([a-z])\1(?:ing|ed)$/, '$1'),
    ];
    return bases.some((base) => base !== lemma && base.length >= 3 && allLemmas.has(base));
  };

  // First block wins for each verb (lemma + particles).
  const verbs = new Map<string, { verb: CameoVerb; block: number }>();
  dict.blocks.forEach((block, blockIndex) => {
    for (const verb of block.verbs) {
      stats.verbLines++;
      if (AUXILIARIES.has(verb.lemma)) { bump(stats.droppedVerbLines, 'auxiliary verb'); continue; }
      if (verb.particles.some((p) => p === 'and' || p === 'or')) { bump(stats.droppedVerbLines, 'two verbs joined by and/or'); continue; }
      if (verb.particles.length === 0 && /(?:ing|ed)$/.test(verb.lemma) && isInflectedDuplicate(verb.lemma)) { bump(stats.droppedVerbLines, 'inflected form of a listed verb'); continue; }
      const key = verbKey(verb.lemma, verb.particles);
      if (verbs.has(key)) { bump(stats.droppedVerbLines, 'listed again in a later block (first block wins)'); continue; }
      verbs.set(key, { verb, block: blockIndex });
    }
  });

  // The bare code of each verb, after overrides: the verb's own, else its block's (for an inherited code).
  const usedOverrides = new Set<VerbOverride>();
  const bareCode = (verb: CameoVerb, blockMeaning: string): CameoCode => {
    const override = verbOverrides.get(verbKey(verb.lemma, verb.particles))
      ?? (verb.inherited ? blockOverrides.get(blockMeaning) : undefined);
    if (!override) return verb.code;
    usedOverrides.add(override);
    stats.overridden++;
    return parseCameoCode(override.cameo ?? '---');
  };

  const verbEntries: CameoVerbEntry[] = [];
  const phraseCandidates = new Map<string, Candidate>();
  const bareMapped = new Map<string, { type: RelationType; reverse: boolean } | null>();

  for (const [key, { verb, block }] of verbs) {
    const code = bareCode(verb, dict.blocks[block]?.meaning ?? '');
    const particles = verb.particles;
    const singlePrep = particles.length === 1 && TARGET_PREPOSITIONS.has(particles[0] as string) ? (particles[0] as string) : null;
    const mapped = mapper.map(code, particles);
    if (particles.length === 0 || singlePrep) {
      // A code that needs a word ("protest against") gives the verb that word as its target preposition.
      const onlyWith = code.active ? mapper.entryFor(code.active)?.onlyWith : undefined;
      const conditional = !mapped && onlyWith && particles.length === 0 ? mapper.map(code, onlyWith) : null;
      const hit = mapped ?? conditional;
      bareMapped.set(key, hit ? { type: hit.type, reverse: hit.reverse } : null);
      if (hit) {
        verbEntries.push({
          lemma: verb.lemma,
          type: hit.type,
          cameo: hit.cameo,
          ...(hit.reverse ? { reverse: true as const } : {}),
          ...(singlePrep ? { preps: [singlePrep] } : conditional ? { preps: [...(onlyWith as string[])] } : {}),
        });
      }
    } else {
      // Particles or a fixed object ("crack down", "take leave"): the verb is a phrase.
      bareMapped.set(key, mapped ? { type: mapped.type, reverse: mapped.reverse } : null);
      phraseCandidates.set(verbKey(verb.lemma, particles), { lemma: verb.lemma, words: [...particles], code, line: verb.line });
    }
  }

  // Patterns: every verb of the block that kept this block gets the pattern's words after its particles
  // (not a multi-word verb with a fixed object: "take flight" + "AIRPORT" is not a phrase).
  dict.blocks.forEach((block, blockIndex) => {
    const members = [...verbs.values()]
      .filter((v) => v.block === blockIndex)
      .map((v) => v.verb)
      .filter((v) => v.particles.every((p) => PARTICLES.has(p) || TARGET_PREPOSITIONS.has(p)));
    for (const pattern of block.patterns) {
      stats.patterns++;
      if (pattern.pre.some((t) => t.kind !== 'marker')) { bump(stats.droppedPatterns, 'words before the verb (subject side)'); continue; }
      const wordLists = expandPatternWords(pattern.post, dict.synsets, mapFile.synsetHeads ?? {});
      if (wordLists === null) { bump(stats.droppedPatterns, 'undefined synset'); continue; }
      if (wordLists.length === 0) { bump(stats.droppedPatterns, 'no fixed word after the verb'); continue; }
      if (members.length === 0) { bump(stats.droppedPatterns, 'block without usable verbs'); continue; }
      for (const words of wordLists) {
        for (const verb of members) {
          const all = [...verb.particles, ...words].filter((w, i, list) => i === 0 || w !== list[i - 1]);
          phraseCandidates.set(verbKey(verb.lemma, all), { lemma: verb.lemma, words: all, code: pattern.code, line: pattern.line });
        }
      }
    }
  });

  // Resolve candidates: in-scope phrases, and out-of-scope phrases of in-scope verbs (excluded).
  const phrases: CameoPhraseEntry[] = [];
  const excluded: CameoExcludedEntry[] = [];
  const bareOf = (lemma: string, words: readonly string[]) => {
    // The longest multi-word verb that this phrase extends, else the single verb.
    for (let n = words.length; n >= 0; n--) {
      const key = verbKey(lemma, words.slice(0, n));
      if (bareMapped.has(key)) return bareMapped.get(key) ?? null;
    }
    return null;
  };
  const inScope: { entry: CameoPhraseEntry; bare: ReturnType<typeof bareOf> }[] = [];
  for (const candidate of phraseCandidates.values()) {
    const mapped = mapper.map(candidate.code, candidate.words);
    const bare = bareOf(candidate.lemma, candidate.words.slice(0, -1));
    if (mapped) {
      inScope.push({
        entry: { lemma: candidate.lemma, words: candidate.words, type: mapped.type, cameo: mapped.cameo, ...(mapped.reverse ? { reverse: true as const } : {}) },
        bare,
      });
    } else if (bare || bareMapped.get(verbKey(candidate.lemma, [])) ) {
      excluded.push({ lemma: candidate.lemma, words: candidate.words, cameo: candidate.code.active ?? candidate.code.passive ?? '---' });
    }
  }
  // A phrase that says what its verb already says is dropped, unless an excluded phrase it extends needs it.
  const excludedKeys = excluded.map((e) => ({ lemma: e.lemma, words: new Set(e.words) }));
  for (const { entry, bare } of inScope) {
    const redundant = bare !== null && bare.type === entry.type && bare.reverse === Boolean(entry.reverse);
    const shadowsExclusion = excludedKeys.some((e) => e.lemma === entry.lemma && e.words.size < entry.words.length && [...e.words].every((w) => entry.words.includes(w)));
    if (redundant && !shadowsExclusion) { bump(stats.droppedPatterns, 'same type as the bare verb'); continue; }
    phrases.push(entry);
  }

  stats.unusedOverrides = mapFile.verbOverrides
    .filter((o) => !usedOverrides.has(o))
    .map((o) => o.block ?? verbKey(o.lemma ?? '', o.particles ?? []));

  const byLemma = <T extends { lemma: string }>(a: T, b: T) => a.lemma.localeCompare(b.lemma);
  const byWords = <T extends { lemma: string; words: string[] }>(a: T, b: T) => byLemma(a, b) || a.words.join(' ').localeCompare(b.words.join(' '));
  return {
    verbs: verbEntries.sort((a, b) => byLemma(a, b) || (a.preps ?? []).join(' ').localeCompare((b.preps ?? []).join(' '))),
    phrases: phrases.sort(byWords),
    excluded: excluded.sort(byWords),
    stats,
  };
}

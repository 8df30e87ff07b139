// Who did it and to whom, read from the dependency graph: actor mentions at a node, or reached from
// a common noun through its possessor, compound, demonym adjective, of-phrase or apposition
// ("Pakistani officials", "advisers of X", "X's decision"). Pure.
import { isPlaceRelation } from '../extract/place-prepositions';
import type { SentenceGraph } from './sentence-graph';

export interface ArgMention {
  actor: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** How the name was found (alias, acronym, demonym, metonym, discovered, coref…). */
  kind: string;
  /** For capitals and era metonyms: the country a visit to it goes to. */
  place?: string;
}

export interface Argument {
  mention: ArgMention;
  /** Reached through a noun that is not itself the actor ("Pakistani officials"). */
  indirect: boolean;
  /** The relation from that noun to the actor when the noun is not one of the actor's agents ("nmod:poss" in "X's decision"). */
  via?: string;
}

/**
 * Relations from a common noun to the actor it belongs to, in order of preference. A by-phrase names the
 * act's own agent before an of-phrase its patient ("the release of X by Y" is Y's act).
 */
const OWNER_RELS = ['appos', 'compound', 'amod', 'nmod:poss', 'nmod:by', 'nmod:agent', 'nmod:of', 'nmod:from', 'nmod:for', 'dep'];

/** A plural of parties that names its members ("regional countries, including Pakistan and Iran", "partners such as X"). */
const MEMBER_LISTS = new Set(['nmod:including', 'nmod:such_as', 'nmod:like']);
const PARTY_PLURALS = new Set(['countries', 'states', 'nations', 'governments', 'partners', 'allies', 'neighbors', 'neighbours', 'donors', 'powers', 'groups', 'organisations', 'organizations']);

/** Nouns that name another party relative to their possessor: "our allies" are not us, "bin Laden's successor" is not bin Laden. */
const RELATIONAL = new Set([
  'ally', 'partner', 'neighbor', 'neighbour', 'counterpart', 'friend', 'enemy', 'adversary', 'rival', 'opponent', 'foe', 'successor', 'predecessor',
  'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'wife', 'husband', 'widow', 'nephew', 'cousin', 'relative',
]);

/** Participles whose agent makes what their noun names ("allegations made by X", "a statement issued by X", "an attack claimed by X"). */
const AUTHORING = new Set(['make', 'claim', 'issue', 'carry', 'conduct', 'launch', 'level', 'release', 'publish', 'perpetrate', 'commit', 'lead', 'head', 'send', 'deploy', 'stage', 'mount']);

/** Relations that name whose agents a noun's people are ("Pakistani officials", "US forces"). */
const AGENT_RELS = new Set(['amod', 'compound']);

/** Actor mentions of one sentence by token, and the nouns that name an actor's agents. */
export interface ArgumentIndex {
  at: readonly (ArgMention | undefined)[];
  /** Every mention a token holds: a hyphenated pair ("US-Taliban") holds two. */
  within: readonly (readonly ArgMention[])[];
  /** Lower-case agent nouns, singular and plural (ingest/lexicon/agents.json). */
  agents: ReadonlySet<string>;
  /** The agent nouns that name a state's people rather than its officials ("refugees", "students"). */
  populations?: ReadonlySet<string>;
}

/** Name suffixes the parser makes the head of a name ("Joseph R. Biden, Jr." → "Jr."). */
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/**
 * "an operation in Kabul, Afghanistan that killed X": the parser may make the country after a place's
 * comma an apposition of the noun the place hangs from; it is where, not who.
 */
function countryOfPlace(graph: SentenceGraph, node: number, appos: number): boolean {
  const comma = appos - 1;
  if (graph.sentence.tokens[comma]?.word !== ',') return false;
  return graph.children(node).some((c) => isPlaceRelation(c.rel) && graph.inSubtree(comma - 1, c.dep));
}

export function actorsAt(graph: SentenceGraph, index: ArgumentIndex, node: number, depth = 0): Argument[] {
  const own = index.at[node];
  const tok = graph.sentence.tokens[node];
  if (own) {
    // "their" said of several ("Pakistan and China reaffirmed their partnership"), "the two leaders": each of them.
    const owners = tok?.pos === 'PRP$' || own.kind === 'coref' ? (index.within[node] ?? []) : [];
    if (owners.length > 1) return owners.map((mention) => ({ mention, indirect: depth > 0 }));
    // A title the mention layer took for a name ("the Iraqi Foreign Minister, Ibrahim al-Jaafari"):
    // the person in apposition is the actor.
    if (own.kind === 'discovered') {
      const named = graph.children(node).filter((c) => c.rel === 'appos').flatMap((c) => (index.at[c.dep] ? [index.at[c.dep] as ArgMention] : []));
      if (named.length > 0 && named.every((m) => m.actor !== own.actor)) return named.map((mention) => ({ mention, indirect: depth > 0 }));
    }
    return [{ mention: own, indirect: depth > 0 }];
  }
  if (!tok || depth >= 2) return [];
  if (NAME_SUFFIX.test(tok.word)) {
    const name = graph.children(node).filter((c) => c.rel === 'compound' || c.rel === 'flat').flatMap((c) => (index.at[c.dep] ? [index.at[c.dep] as ArgMention] : []));
    if (name.length > 0) return [{ mention: name[name.length - 1] as ArgMention, indirect: depth > 0 }];
  }
  if (!/^(NN|PRP|CD|JJ)/.test(tok.pos)) return [];
  // A demonym or name before a noun makes it the actor's only when the noun names its agents:
  // "Pakistani officials" are Pakistan, "Pakistani soil" is not an actor.
  const isAgent = index.agents.has(tok.lemma.toLowerCase()) || index.agents.has(tok.word.toLowerCase());
  const relational = RELATIONAL.has(tok.lemma.toLowerCase());
  for (const rel of OWNER_RELS) {
    if (AGENT_RELS.has(rel) && !isAgent) continue;
    if (relational && rel === 'nmod:poss') continue;
    const found: Argument[] = [];
    for (const c of graph.children(node)) {
      if (c.rel !== rel) continue;
      if (rel === 'appos' && countryOfPlace(graph, node, c.dep)) continue;
      // `via` records the relation only from a noun that is not the actor's agent ("X's statement").
      for (const a of actorsAt(graph, index, c.dep, depth + 1)) found.push({ mention: a.mention, indirect: true, ...(a.via || !isAgent ? { via: a.via ?? rel } : {}) });
    }
    if (found.length > 0) return found;
  }
  // "the allegations made by X", "the attack carried out by X": the agent of a participle of making owns
  // the noun, as a by-phrase does ("the ceasefire brokered by X" is no ceasefire of X's).
  const byParticiple: Argument[] = [];
  for (const c of graph.children(node)) {
    const participle = graph.sentence.tokens[c.dep];
    if (c.rel !== 'acl' || !participle || !/^VB[ND]$/.test(participle.pos) || !AUTHORING.has(participle.lemma.toLowerCase())) continue;
    for (const a of actorsVia(graph, index, c.dep, (r) => r === 'obl:by' || r === 'obl:agent')) byParticiple.push({ mention: a.mention, indirect: true, via: a.via ?? 'nmod:by' });
  }
  if (byParticiple.length > 0) return byParticiple;
  if (PARTY_PLURALS.has(tok.word.toLowerCase())) {
    const members = graph.children(node).filter((c) => MEMBER_LISTS.has(c.rel)).flatMap((c) => (index.at[c.dep] ? [index.at[c.dep] as ArgMention] : []));
    return members.map((mention) => ({ mention, indirect: true }));
  }
  return [];
}

/** Actors of every dependent of `node` whose relation passes `accept`. */
export function actorsVia(graph: SentenceGraph, index: ArgumentIndex, node: number, accept: (rel: string) => boolean): Argument[] {
  const out: Argument[] = [];
  for (const c of graph.children(node)) if (accept(c.rel)) out.push(...actorsAt(graph, index, c.dep));
  return dedupe(out);
}

export function dedupe(args: readonly Argument[]): Argument[] {
  const seen = new Set<string>();
  const out: Argument[] = [];
  for (const a of args) {
    const key = `${a.mention.actor}@${a.mention.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

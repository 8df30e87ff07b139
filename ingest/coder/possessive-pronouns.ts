// Possessive pronouns read from the tree: "its", "their", "his", "her" belong to the party a noun
// phrase is said of ("support for the Iraqi people in their fight against ISIL", "backed the Iraqi
// forces in their efforts to defeat ISIL"), else to the
// subject of the nearest clause above them that they are not part of ("The UK reiterated its
// support for Iraq", "Iran said its forces attacked ISIS"). A pronoun with no such owner stays
// unread: the nearest name before it is too often the wrong one. Pure.
import type { ArgMention, ArgumentIndex } from './arguments';
import { actorsAt } from './arguments';
import type { SentenceGraph } from './sentence-graph';

type Fit = (actor: string) => boolean;
type Owners = (owners: readonly ArgMention[], pluralHead: boolean) => ArgMention[];

const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'nsubj:xsubj']);
/** Phrases on a verb whose possessive belongs to the verb's object. */
const OBJECT_PHRASES = new Set(['obl:in', 'obl:for', 'obl:over']);

export interface ActorKinds {
  isPerson: Fit;
  isState: Fit;
}

/** Which of the candidate owners each pronoun can stand for. */
function ownersFor(word: string, kinds: ActorKinds): Owners | null {
  switch (word) {
    case 'its':
      return (owners) => owners.filter((m) => !kinds.isPerson(m.actor));
    // "their" is a group's, or two parties' ("Congo and Costa Rica … their ties"), rarely one state's or person's.
    case 'their':
      return (owners, pluralHead) => (owners.length >= 2 || pluralHead ? [...owners] : owners.filter((m) => !kinds.isPerson(m.actor) && !kinds.isState(m.actor)));
    case 'his':
    case 'her':
      return (owners) => owners.filter((m) => kinds.isPerson(m.actor));
    default:
      return null;
  }
}

/** The actors a node names directly or as their agents ("Pakistani officials"), not through "X's decision". */
function namedAt(graph: SentenceGraph, index: ArgumentIndex, node: number): ArgMention[] {
  return actorsAt(graph, index, node).filter((a) => !a.via).map((a) => a.mention);
}

function isPluralNoun(graph: SentenceGraph, node: number): boolean {
  const pos = graph.sentence.tokens[node]?.pos ?? '';
  return pos === 'NNS' || pos === 'NNPS';
}

function ownersOf(graph: SentenceGraph, index: ArgumentIndex, pronoun: number, pick: Owners): ArgMention[] {
  const noun = graph.head(pronoun);
  // "support for the Iraqi people in their fight", "backed the Iraqi forces in their efforts": the
  // noun the phrase hangs off, or the object of the verb it hangs off; so is the party judged for or
  // over something ("condemned Russia for its attack", "thanked Qatar for its support").
  for (const p of graph.parents(noun)) {
    const objects = p.rel === 'nmod:in' ? [p.gov] : OBJECT_PHRASES.has(p.rel) ? graph.children(p.gov).filter((c) => c.rel === 'obj').map((c) => c.dep) : [];
    for (const o of objects) {
      const owners = pick(namedAt(graph, index, o), isPluralNoun(graph, o));
      if (owners.length > 0) return owners;
    }
  }
  for (let k = noun, guard = 0; k >= 0 && guard < 12; k = graph.head(k), guard++) {
    // The clause's subjects together: coordinated subjects are each their own edge ("Pakistan and China
    // reaffirmed their partnership": "their" is both).
    const subjects = graph.children(k).filter((c) => SUBJECTS.has(c.rel) && c.dep !== pronoun && !graph.inSubtree(pronoun, c.dep));
    const named = subjects.flatMap((c) => namedAt(graph, index, c.dep)).filter((m, i, all) => all.findIndex((x) => x.actor === m.actor) === i);
    const owners = pick(named, subjects.some((c) => isPluralNoun(graph, c.dep)));
    if (owners.length > 0) return owners;
  }
  return [];
}

/** Mentions for the sentence's possessive pronouns, by token; tokens already holding one are left. */
export function resolvePossessivePronouns(graph: SentenceGraph, index: ArgumentIndex, kinds: ActorKinds): Map<number, ArgMention[]> {
  const out = new Map<number, ArgMention[]>();
  for (const t of graph.sentence.tokens) {
    if (t.pos !== 'PRP$' || index.at[t.i]) continue;
    const pick = ownersFor(t.word.toLowerCase(), kinds);
    if (!pick) continue;
    const owners = ownersOf(graph, index, t.i, pick);
    if (owners.length > 0) out.set(t.i, owners.map((m) => ({ actor: m.actor, start: t.start, end: t.end, kind: 'coref' })));
  }
  return out;
}

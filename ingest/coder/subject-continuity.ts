// A sentence that opens with "It", "They", "He" or "She" as the doer of an act goes on about the previous
// sentence's subject ("The Biden administration said it would retain the capability. It has since
// conducted one strike …"). Pure.
import { actorsAt, type ArgMention, type ArgumentIndex } from './arguments';
import { rootOf, type SentenceGraph } from './sentence-graph';

/** Verbs whose "it" is no actor: "it is clear", "it seems", "it takes time", "it means". */
const IMPERSONAL = new Set(['be', 'seem', 'appear', 'take', 'mean', 'matter', 'happen', 'remain', 'become', 'look', 'make', 'follow']);
const OPENING_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
/** Opening words that may stand before the subject ("But it …", "Since then, they …"). */
const MAX_OPENING = 4;

/** The actor the sentence's main clause is about: the one subject of its root verb, else null. */
export function mainSubjectOf(graph: SentenceGraph, index: ArgumentIndex): ArgMention | null {
  const root = rootOf(graph);
  if (!root) return null;
  const subjects = graph.children(root.i).filter((c) => c.rel === 'nsubj' || c.rel === 'nsubj:pass');
  if (subjects.length !== 1) return null;
  const actors = actorsAt(graph, index, (subjects[0] as { dep: number }).dep);
  return actors.length === 1 ? (actors[0] as { mention: ArgMention }).mention : null;
}

/**
 * The token of an opening "It"/"They"/"He"/"She" that is the subject of an act, with the pronoun's
 * number and whether it names a person.
 */
export function openingSubjectPronoun(graph: SentenceGraph): { token: number; plural: boolean; person: boolean } | null {
  const tokens = graph.sentence.tokens;
  for (const t of tokens.slice(0, MAX_OPENING + 1)) {
    const w = t.word.toLowerCase();
    if (t.pos !== 'PRP' || !OPENING_PRONOUNS.has(w)) continue;
    const verb = graph.parents(t.i).find((p) => p.rel === 'nsubj')?.gov;
    const v = verb === undefined ? undefined : tokens[verb];
    if (!v || !v.pos.startsWith('VB') || IMPERSONAL.has(v.lemma.toLowerCase())) return null;
    // "It is … that", "it was decided to …": an extraposed clause makes "it" a placeholder.
    if (graph.children(v.i).some((c) => c.rel === 'csubj' || c.rel === 'expl' || c.rel === 'cop')) return null;
    return { token: t.i, plural: w === 'they', person: w === 'he' || w === 'she' };
  }
  return null;
}

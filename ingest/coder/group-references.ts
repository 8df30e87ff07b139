// "The two leaders", "both sides", "the two countries" (and "they" right after a meeting): a plural phrase
// that stands for the two parties of the meeting stated just before ("President Biden spoke with Prime Minister
// Kishida. The two leaders agreed to deepen cooperation."). Finding the phrases is read from the tree
// here; which pair they stand for is the coder's (the last mutual claim before the sentence). Pure.
import type { ParsedSentence } from '../parse/parse-types';
import type { SentenceGraph } from './sentence-graph';

/** What the phrase's noun says the parties are: people, states, or either. */
export type PairKind = 'person' | 'state' | 'any';

const PAIR_NOUNS: ReadonlyMap<string, PairKind> = new Map([
  ['leader', 'person'],
  ['president', 'person'],
  ['minister', 'person'],
  ['secretary', 'person'],
  ['counterpart', 'person'],
  ['country', 'state'],
  ['nation', 'state'],
  ['government', 'state'],
  ['state', 'state'],
  ['side', 'any'],
  ['delegation', 'any'],
]);

export interface PairReference {
  /** The noun's token. */
  token: number;
  kind: PairKind;
  /** "They" right after a meeting ("X spoke with Y. They discussed …"): only the sentence before may hold the pair. */
  adjacent?: boolean;
}

/** A cheap look at the words before parsing the phrase: "two" or "both" before a plural noun. */
export function mayReferToPair(sentence: ParsedSentence): boolean {
  return sentence.tokens.some((t, i) => ((t.word.toLowerCase() === 'two' || t.word.toLowerCase() === 'both') && PAIR_NOUNS.has(sentence.tokens[i + 1]?.lemma.toLowerCase() ?? '')) || t.word.toLowerCase() === 'they');
}

/** Plural nouns of PAIR_NOUNS counted as two: "the two leaders", "both sides" (not "two of the leaders"). */
export function findPairReferences(graph: SentenceGraph): PairReference[] {
  const out: PairReference[] = [];
  for (const t of graph.sentence.tokens) {
    const kind = PAIR_NOUNS.get(t.lemma.toLowerCase());
    if (!kind || (t.pos !== 'NNS' && t.pos !== 'NNPS')) continue;
    const two = graph.children(t.i).some((c) => {
      const w = graph.sentence.tokens[c.dep]?.word.toLowerCase();
      return (c.rel === 'nummod' && w === 'two') || ((c.rel === 'det' || c.rel === 'cc:preconj') && w === 'both');
    });
    if (two) out.push({ token: t.i, kind });
  }
  // "They" as the subject of a clause.
  for (const t of graph.sentence.tokens) {
    if (t.word.toLowerCase() === 'they' && t.pos === 'PRP' && graph.parents(t.i).some((p) => p.rel === 'nsubj')) out.push({ token: t.i, kind: 'any', adjacent: true });
  }
  return out;
}

// Troops are deployed, not visiting: "US troops arrived in Kabul" is no visit of the United States
// (visits are made by people and delegations). Peacekeepers deployed to a country are aid to it
// (CAMEO 074, "provide military protection or peacekeeping"): "NATO peacekeeping troops have arrived in
// Bosnia". Pure.
import type { SentenceGraph } from './sentence-graph';
import { tokenAt } from './rule-check';

export type Deployment = 'none' | 'troops' | 'peacekeepers';

/** Relations by which a name modifies the body it sends ("NATO troops", "troops of NATO", "America's forces"). */
const OWNER_OF_BODY = new Set(['compound', 'amod', 'nmod:poss', 'nmod:of', 'nmod:from']);
const PEACEKEEPING = /^peace-?keep/i;

/**
 * Whether the mention at [start, end) stands for a deployed body: the name modifies one of
 * `deployedBodies` (lower-case nouns, ingest/lexicon/dependency-vocabulary.json), at most two steps up.
 */
export function deploymentOf(graph: SentenceGraph, start: number, deployedBodies: ReadonlySet<string>): Deployment {
  let k = tokenAt(graph, start);
  for (let steps = 0; k >= 0 && steps < 3; steps++) {
    const tok = graph.sentence.tokens[k];
    if (!tok) return 'none';
    if (steps > 0 && (deployedBodies.has(tok.lemma.toLowerCase()) || deployedBodies.has(tok.word.toLowerCase()))) {
      const words = [tok, ...graph.children(k).map((c) => graph.sentence.tokens[c.dep])];
      return words.some((w) => !!w && PEACEKEEPING.test(w.word)) ? 'peacekeepers' : 'troops';
    }
    // Up from the name (and from within a name of several words) while it modifies what follows.
    const rel = graph.treeRel(k);
    if (!OWNER_OF_BODY.has(rel) && !rel.startsWith('flat')) return 'none';
    k = graph.head(k);
  }
  return 'none';
}

/**
 * Where a peacekeeping body keeps the peace ("an international peace-keeping force in Liberia", "the
 * peacekeepers in Bosnia"): the nodes of its in-phrase; none for any other noun. Troops contributed to
 * it are aid to that country, as peacekeepers sent there are.
 */
export function peacekeepingHost(graph: SentenceGraph, noun: number): number[] {
  // The modifier may be split by its hyphen ("peace-keeping": obl(keeping, peace)): read its words together.
  const modifiers = graph.children(noun).filter((c) => c.rel === 'amod' || c.rel === 'compound').map((c) => c.dep);
  const written = [noun, ...modifiers].map((k) => [k, ...graph.children(k).map((c) => c.dep)].sort((a, b) => a - b).map((w) => graph.sentence.tokens[w]?.word ?? '').join(''));
  if (!written.some((w) => PEACEKEEPING.test(w))) return [];
  return graph.children(noun).filter((c) => c.rel === 'nmod:in').map((c) => c.dep);
}

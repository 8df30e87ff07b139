// Navigation over one parsed sentence: children and parents by UD relation (enhanced++), the tree
// head of a token span, and subtree membership. Pure.
import type { Dependency, ParsedSentence, ParsedToken } from '../parse/parse-types';

export interface SentenceGraph {
  sentence: ParsedSentence;
  children(i: number): readonly Dependency[];
  parents(i: number): readonly Dependency[];
  /** The basic-tree head of token i (-1 for the root). */
  head(i: number): number;
  treeRel(i: number): string;
  /** Token i lies in the basic subtree of `root`. */
  inSubtree(i: number, root: number): boolean;
}

export function buildGraph(sentence: ParsedSentence): SentenceGraph {
  const n = sentence.tokens.length;
  const kids: Dependency[][] = Array.from({ length: n }, () => []);
  const pars: Dependency[][] = Array.from({ length: n }, () => []);
  for (const d of sentence.deps) {
    if (d.gov >= 0) kids[d.gov]?.push(d);
    pars[d.dep]?.push(d);
  }
  const heads = new Int32Array(n).fill(-1);
  const rels: string[] = new Array<string>(n).fill('root');
  for (const d of sentence.tree) {
    heads[d.dep] = d.gov;
    rels[d.dep] = d.rel;
  }
  return {
    sentence,
    children: (i) => kids[i] ?? [],
    parents: (i) => pars[i] ?? [],
    head: (i) => heads[i] ?? -1,
    treeRel: (i) => rels[i] ?? 'root',
    inSubtree(i, root) {
      for (let k = i, guard = 0; k >= 0 && guard <= n; k = heads[k] ?? -1, guard++) if (k === root) return true;
      return false;
    },
  };
}

/** The sentence's root token: the one with no head in the basic tree. */
export function rootOf(graph: SentenceGraph): ParsedToken | undefined {
  return graph.sentence.tokens.find((t) => graph.head(t.i) < 0);
}

/** Lemmas (lower case) of the children of `i` by any of `rels` ("aux" → ["will"]). */
export function childLemmas(graph: SentenceGraph, i: number, rels: readonly string[]): string[] {
  return graph.children(i).filter((c) => rels.includes(c.rel)).map((c) => graph.sentence.tokens[c.dep]?.lemma.toLowerCase() ?? '');
}

/** The token of [from, to) whose tree head lies outside the span: the span's syntactic head. */
export function spanHead(graph: SentenceGraph, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const h = graph.head(k);
    if (h < from || h >= to) return k;
  }
  return to - 1;
}

/** The relation name without its enhanced suffix ("obl:with" → "obl") and the suffix ("with"). */
export function splitRel(rel: string): [string, string] {
  const i = rel.indexOf(':');
  return i < 0 ? [rel, ''] : [rel.slice(0, i), rel.slice(i + 1)];
}

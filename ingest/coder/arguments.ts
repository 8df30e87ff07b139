// Who did it and to whom, read from the dependency graph: actor mentions at a node, or reached from
// a common noun through its possessor, compound, demonym adjective, of-phrase or apposition
// ("Pakistani officials", "advisers of X", "X's decision"). Pure.
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
}

/** Relations from a common noun to the actor it belongs to, in order of preference. */
const OWNER_RELS = ['appos', 'compound', 'amod', 'nmod:poss', 'nmod:of', 'nmod:from', 'nmod:for', 'dep', 'nmod:by', 'nmod:agent'];

export function actorsAt(graph: SentenceGraph, at: readonly (ArgMention | undefined)[], node: number, depth = 0): Argument[] {
  const own = at[node];
  if (own) return [{ mention: own, indirect: depth > 0 }];
  const tok = graph.sentence.tokens[node];
  if (!tok || depth >= 2) return [];
  if (!/^(NN|PRP|CD|JJ)/.test(tok.pos)) return [];
  for (const rel of OWNER_RELS) {
    const found: Argument[] = [];
    for (const c of graph.children(node)) {
      if (c.rel !== rel) continue;
      for (const a of actorsAt(graph, at, c.dep, depth + 1)) found.push({ mention: a.mention, indirect: true });
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** Actors of every dependent of `node` whose relation passes `accept`. */
export function actorsVia(graph: SentenceGraph, at: readonly (ArgMention | undefined)[], node: number, accept: (rel: string) => boolean): Argument[] {
  const out: Argument[] = [];
  for (const c of graph.children(node)) if (accept(c.rel)) out.push(...actorsAt(graph, at, c.dep));
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

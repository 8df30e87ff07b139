// Standing alignment stated by a relational noun: "our NATO Allies", "Pakistan's ally China", "X, a
// close partner of Y", "X is an ally of Y". The noun's owner (possessor or of-phrase) and the party it
// names (a name compounded into it, in apposition, "in" a place, or the copula's subject) cooperate
// (the project's gold: "allies", "deep ties with" are COOPERATES_WITH). Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsAt, actorsVia } from './arguments';

const ENTRY: TriggerEntry = { type: 'COOPERATES_WITH', preps: ['of'], origin: 'rules' };
// Plural forms too: the parser leaves a capitalised plural unlemmatised ("NATO Allies").
const ALIGNMENT_NOUNS = new Set(['ally', 'allies', 'partner', 'partners']);
const OWNER = (rel: string): boolean => rel === 'nmod:poss' || rel === 'nmod:of';
/** How the noun names the party itself: "NATO Allies", "ally China", "partners in Qatar". */
const NAMED = (rel: string): boolean => rel === 'compound' || rel === 'appos' || rel === 'nmod:in' || rel === 'nsubj';

export function findAlignments(ctx: EventContext): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (!tok.pos.startsWith('NN') || !ALIGNMENT_NOUNS.has(tok.lemma.toLowerCase()) || index.at[tok.i]) continue;
    const owners = actorsVia(graph, index, tok.i, OWNER);
    if (owners.length === 0) continue;
    // "partners in Qatar" names them by their place only when nothing else says what they are
    // ("Israel's militia ally in southern Lebanon" is a militia there, not Lebanon).
    const described = graph.children(tok.i).some((c) => c.rel === 'compound' || c.rel === 'amod');
    const parties: Argument[] = actorsVia(graph, index, tok.i, (r) => NAMED(r) && !(described && r === 'nmod:in'));
    // "X, a close ally of Y": the noun describes X.
    for (const p of graph.parents(tok.i)) if (p.rel === 'appos') parties.push(...actorsAt(graph, index, p.gov));
    for (const source of owners) {
      for (const target of parties) if (source.mention.actor !== target.mention.actor) out.push({ type: 'COOPERATES_WITH', trigger: tok.i, source, target, entry: ENTRY });
    }
  }
  return out;
}

// Visits said without a verb of travel or without the place: "I've been to Pakistan", "I've been
// throughout Afghanistan during this war" (a person's stay, said with "have been"), and "I've traveled
// there on four occasions" ("there": the place the text named last, which the caller puts in the index).
// Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsVia } from './arguments';
import { SUBJECT } from './events';
import { childLemmas } from './sentence-graph';

const VISIT: TriggerEntry = { type: 'VISITED', preps: ['to'], origin: 'rules' };
/** Prepositions of a stay after "have been": to, throughout, across (not "in": "we have been in Afghanistan for 20 years" is a deployment). */
const STAY_CASES = new Set(['to', 'throughout', 'across']);

export interface JourneyContext extends EventContext {
  isPerson: (actor: string) => boolean;
  isState: (actor: string) => boolean;
}

/** "X has been to/throughout Y": a person's visit to the place Y. */
export function findCopularVisits(ctx: JourneyContext): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    const place = index.at[tok.i];
    // A country or a capital (the claim goes to the capital's country).
    if (!place || !(place.place || ctx.isState(place.actor))) continue;
    if (!childLemmas(graph, tok.i, ['cop']).includes('be') || !childLemmas(graph, tok.i, ['aux']).includes('have') || !childLemmas(graph, tok.i, ['case']).some((c) => STAY_CASES.has(c))) continue;
    const target: Argument = { mention: place, indirect: false };
    const been = graph.children(tok.i).find((c) => c.rel === 'cop')?.dep ?? tok.i;
    for (const source of actorsVia(graph, index, tok.i, SUBJECT)) {
      if (ctx.isPerson(source.mention.actor) && source.mention.actor !== target.mention.actor) out.push({ type: 'VISITED', trigger: been, source, target, entry: VISIT });
    }
  }
  return out;
}

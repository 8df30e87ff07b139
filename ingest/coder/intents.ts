// Intent to cooperate (CAMEO 03, PLOVER AGREE): a promise, offer or agreement to do something for or
// with someone — "Ethiopia agreed to re-open its borders to UN peacekeepers", "Syria is willing to
// withdraw its troops from Lebanon" — is cooperation with that party, whatever the act, unless the act
// is itself hostile. Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsVia } from './arguments';
import { HOSTILE, hostileVerbAt, SUBJECT } from './events';
import { COMMISSIVE_CONTROLLERS } from './polarity';

const ENTRY: TriggerEntry = { type: 'COOPERATES_WITH', preps: ['', 'to', 'with', 'from', 'for'], origin: 'rules' };

/**
 * The complement of a promise or agreement is a hostile act ("agreed to attack X"); not the purpose of
 * working together ("will work with Jordan to tackle the threat from Daesh" is cooperation with Jordan).
 */
export function promisesHostileAct(ctx: Pick<EventContext, 'graph' | 'lexicon'>, controller: number): boolean {
  const { graph, lexicon } = ctx;
  if (!COMMISSIVE_CONTROLLERS.has(graph.sentence.tokens[controller]?.lemma.toLowerCase() ?? '')) return false;
  return graph.children(controller).some((c) => c.rel.startsWith('xcomp') && hostileVerbAt(lexicon, graph, c.dep));
}
const PARTY = (rel: string): boolean => rel === 'obj' || rel === 'iobj' || rel === 'obl:to' || rel === 'obl:with' || rel === 'obl:from' || rel === 'obl:for';

export function findIntents(ctx: EventContext): FoundEvent[] {
  const { graph, index, lexicon } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (!COMMISSIVE_CONTROLLERS.has(tok.lemma.toLowerCase())) continue;
    for (const c of graph.children(tok.i)) {
      if (!c.rel.startsWith('xcomp')) continue;
      const act = graph.sentence.tokens[c.dep];
      if (!act || !act.pos.startsWith('VB')) continue;
      // The act's own lexicon entries decide hostile acts ("agreed to attack") and name friendly ones.
      const entries = lexicon.verbs.get(act.lemma.toLowerCase()) ?? [];
      if (entries.some((e) => HOSTILE.has(e.type) || e.type === 'COOPERATES_WITH')) continue;
      let sources: Argument[] = actorsVia(graph, index, c.dep, SUBJECT);
      if (sources.length === 0) sources = actorsVia(graph, index, tok.i, SUBJECT);
      const targets = actorsVia(graph, index, c.dep, PARTY);
      for (const source of sources) for (const target of targets) if (source.mention.actor !== target.mention.actor) out.push({ type: 'COOPERATES_WITH', trigger: c.dep, source, target, entry: ENTRY });
    }
  }
  return out;
}

// Responsibility for an attack: "ISIS-K was responsible for the attack on US troops", "the group
// responsible for the bombing of the embassy". The one responsible made the attack on its victim, as
// one who "claimed responsibility for" it or "claimed" it did. Who holds someone responsible ("held X responsible")
// accuses them: there the adjective has no subject of its own and states no attack. Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsAt, actorsVia } from './arguments';
import { eventNounOf, victimPrepsOf } from './events';

const ENTRY: TriggerEntry = { type: 'ATTACKED', preps: [], origin: 'rules' };

export function findResponsibility(ctx: EventContext): FoundEvent[] {
  const { graph, index, lexicon } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (tok.pos.startsWith('VB') && tok.lemma.toLowerCase() === 'claim') {
      out.push(...claimedAttacks(ctx, tok.i));
      continue;
    }
    if (!tok.pos.startsWith('JJ') || tok.lemma.toLowerCase() !== 'responsible') continue;
    // The attack: an attack noun in its for-phrase (not another harm: "responsible for the detention of
    // X" is no attack), with the prepositions that name its victim.
    const targets: Argument[] = [];
    for (const c of graph.children(tok.i)) {
      if (c.rel !== 'obl:for' && c.rel !== 'nmod:for') continue;
      if (!eventNounOf(lexicon, graph, c.dep, 'ATTACKED')) continue;
      const victimPreps = victimPrepsOf(lexicon, graph, c.dep);
      targets.push(...actorsVia(graph, index, c.dep, (r) => victimPreps.has(r.split(':')[1] ?? '')));
    }
    if (targets.length === 0) continue;
    // Who is responsible: the copula's subject, or the noun the adjective describes ("the group responsible").
    const rel = graph.treeRel(tok.i);
    // "held the TTP responsible": a small clause the parser may read as a noun's adjective; an accusation.
    if (rel === 'amod' && graph.treeRel(graph.head(tok.i)) === 'obj') continue;
    const sources = rel === 'amod' || rel === 'acl' ? actorsAt(graph, index, graph.head(tok.i)) : actorsVia(graph, index, tok.i, (r) => r === 'nsubj');
    for (const source of sources) for (const target of targets) if (source.mention.actor !== target.mention.actor) out.push({ type: 'ATTACKED', trigger: tok.i, source, target, entry: ENTRY });
  }
  return out;
}

/**
 * An attack claimed: "the TTP claimed the attack on X", "the attack on X was claimed by the TTP" — the
 * claimer made it (an attack noun the verb's object, or its passive subject with the claimer the agent).
 */
function claimedAttacks(ctx: EventContext, verb: number): FoundEvent[] {
  const { graph, index, lexicon } = ctx;
  // "Pakistan claimed the attack on X was staged", misparsed as a clausal subject: a claim about the attack.
  if (graph.treeRel(verb).startsWith('csubj')) return [];
  const passive = graph.children(verb).some((c) => c.rel === 'nsubj:pass');
  const attacks = graph.children(verb).filter((c) => (passive ? c.rel === 'nsubj:pass' : c.rel === 'obj') && eventNounOf(lexicon, graph, c.dep, 'ATTACKED'));
  const sources = actorsVia(graph, index, verb, (r) => (passive ? r === 'obl:agent' || r === 'obl:by' : r === 'nsubj'));
  const out: FoundEvent[] = [];
  for (const attack of attacks) {
    const victimPreps = victimPrepsOf(lexicon, graph, attack.dep);
    // Its victims: its own phrases ("the attack on X"), or a clause of harm on it ("the attack, which killed X").
    const harming = graph.children(attack.dep).filter((c) => c.rel === 'acl:relcl' && (lexicon.verbs.get(graph.sentence.tokens[c.dep]?.lemma.toLowerCase() ?? '') ?? []).some((e) => e.type === 'ATTACKED'));
    const victims = [...actorsVia(graph, index, attack.dep, (r) => victimPreps.has(r.split(':')[1] ?? '')), ...harming.flatMap((c) => actorsVia(graph, index, c.dep, (r) => r === 'obj'))];
    for (const target of victims) {
      for (const source of sources) if (source.mention.actor !== target.mention.actor) out.push({ type: 'ATTACKED', trigger: attack.dep, source, target, entry: ENTRY });
    }
  }
  return out;
}

// Threat by condition (CAMEO 13): "if they attack us, we will defend ourselves", "Pakistan warned that
// it would respond if the TTP attacked again". A consequence announced for someone's attack warns
// that someone, whatever the consequence is. The attack itself is only a condition: polarity leaves
// it unrealised. So does a consequence announced for any such act, told to its would-be author ("we
// told X that any attack on our forces will be met with force"). Pure.
import type { ParsedSentence } from '../parse/parse-types';
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsVia } from './arguments';
import { SUBJECT } from './events';
import { negatedAt } from './polarity';
import { childLemmas } from './sentence-graph';

const ENTRY: TriggerEntry = { type: 'WARNED', preps: [], origin: 'rules' };
const CONDITION_MARKS = new Set(['if', 'should']);
/** What makes the main clause an announced consequence, not a fact: "will respond", "would act". */
const FUTURE_AUX = new Set(['will', 'would', 'shall']);

/** The clause of a condition: "if they attack us" hung off its consequence. */
function conditions(ctx: EventContext, v: number): number[] {
  const { graph } = ctx;
  return graph.children(v).flatMap((c) => {
    if (c.rel !== 'advcl:if' && c.rel !== 'advcl') return [];
    const marks = graph.children(c.dep).filter((k) => k.rel === 'mark').map((k) => graph.sentence.tokens[k.dep]?.lemma.toLowerCase() ?? '');
    return c.rel === 'advcl:if' || marks.some((m) => CONDITION_MARKS.has(m)) ? [c.dep] : [];
  });
}

/** The condition is someone's attack ("attack our personnel or disrupt our operation"): its actors. */
function attackers(ctx: EventContext, condition: number): Argument[] {
  const { graph, index, lexicon } = ctx;
  const acts = [condition, ...graph.children(condition).filter((c) => c.rel.startsWith('conj')).map((c) => c.dep)];
  const hostile = acts.some((k) => {
    const tok = graph.sentence.tokens[k];
    return !!tok && tok.pos.startsWith('VB') && !negatedAt(graph, k) && (lexicon.verbs.get(tok.lemma.toLowerCase()) ?? []).some((e) => e.type === 'ATTACKED');
  });
  if (!hostile) return [];
  const named = actorsVia(graph, index, condition, SUBJECT);
  if (named.length > 0) return named;
  // "the Taliban should know that if they attack us …", "we made it clear to the Taliban: if they
  // attack …": a bare "they" is the party the sentence named before it.
  const they = graph.children(condition).find((c) => SUBJECT(c.rel) && graph.sentence.tokens[c.dep]?.lemma.toLowerCase() === 'they');
  if (!they) return [];
  for (let k = they.dep - 1; k >= 0; k--) {
    const mention = index.at[k];
    if (mention && mention.kind !== 'coref') return [{ mention, indirect: true }];
  }
  return [];
}

/**
 * "We told X that any attack on our forces will be met with force", "… that any action on their part
 * would be answered": a consequence announced for any act of a kind (`deterredActs`, or an attack noun)
 * warns whose act it would be — the act's owner, else the one it is told to — and is made by the teller.
 */
function deterrentWarnings(ctx: EventContext, v: number, deterredActs: ReadonlySet<string>): FoundEvent[] {
  const { graph, index, lexicon } = ctx;
  const act = graph.children(v).find((c) => c.rel === 'nsubj:pass' || c.rel === 'nsubj');
  const noun = act ? graph.sentence.tokens[act.dep] : undefined;
  if (!act || !noun || !noun.pos.startsWith('NN') || !childLemmas(graph, act.dep, ['det']).includes('any')) return [];
  const lemma = noun.lemma.toLowerCase();
  if (!deterredActs.has(lemma) && !(lexicon.nouns.get(lemma) ?? []).some((e) => e.type === 'ATTACKED')) return [];
  // The teller: the clause this one is told in ("told X that …", "made clear to X that …").
  const head = graph.head(v);
  if (head < 0 || graph.treeRel(v) !== 'ccomp') return [];
  const tellerClause = graph.children(head).some((c) => SUBJECT(c.rel)) ? head : graph.head(head);
  const sources = tellerClause >= 0 ? actorsVia(graph, index, tellerClause, SUBJECT) : [];
  // Whose act: "by X", "X's", "on their part" (the party named before), else the one told.
  let targets = actorsVia(graph, index, act.dep, (r) => r === 'nmod:poss' || r === 'nmod:by' || r === 'nmod:agent');
  const part = graph.children(act.dep).find((c) => c.rel === 'nmod:on' && graph.sentence.tokens[c.dep]?.lemma.toLowerCase() === 'part');
  if (targets.length === 0 && part) targets = actorsVia(graph, index, part.dep, (r) => r === 'nmod:poss' || r === 'nmod:of');
  if (targets.length === 0) targets = actorsVia(graph, index, head, (r) => r === 'obj' || r === 'iobj' || r === 'obl:to');
  const out: FoundEvent[] = [];
  for (const source of sources) for (const target of targets) if (source.mention.actor !== target.mention.actor) out.push({ type: 'WARNED', trigger: v, source, target, entry: ENTRY, threat: true });
  return out;
}

export function findConditionalThreats(ctx: EventContext, deterredActs: ReadonlySet<string> = new Set()): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    const aux = childLemmas(graph, tok.i, ['aux']);
    if (!aux.some((a) => FUTURE_AUX.has(a)) || negatedAt(graph, tok.i)) continue;
    out.push(...deterrentWarnings(ctx, tok.i, deterredActs));
    const targets = conditions(ctx, tok.i).flatMap((c) => attackers(ctx, c));
    if (targets.length === 0) continue;
    // Who answers: the consequence's subject, else (a subject that is no actor: "the response will be
    // swift") whoever announces it ("we have made it clear to the Taliban: if they attack …").
    let sources = actorsVia(graph, index, tok.i, SUBJECT);
    const head = graph.head(tok.i);
    const rel = graph.treeRel(tok.i);
    if (sources.length === 0 && head >= 0 && (rel === 'ccomp' || rel.startsWith('parataxis'))) sources = actorsVia(graph, index, head, SUBJECT);
    for (const source of sources) {
      for (const target of targets) {
        if (source.mention.actor !== target.mention.actor) out.push({ type: 'WARNED', trigger: tok.i, source, target, entry: ENTRY, threat: true });
      }
    }
  }
  return out;
}

const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet']);

/**
 * The token stands in a condition that opens the sentence, before its comma ("If Pakistan attacks
 * Afghan territory again, the Taliban will retaliate"): asserted neither way, also where the parser
 * misreads the clause ("attacks" taken for a noun) and no tree mark says so.
 */
export function inOpeningCondition(sentence: ParsedSentence, i: number): boolean {
  const words = sentence.tokens.map((t) => t.word.toLowerCase());
  let first = 0;
  while (first < words.length && OPENING_CONJUNCTIONS.has(words[first] ?? '')) first++;
  if (words[first] !== 'if' && words[first] !== 'unless') return false;
  const comma = words.indexOf(',', first);
  return i > first && comma > i;
}

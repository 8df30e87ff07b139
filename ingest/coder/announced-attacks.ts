// An attack announced, not made: "the Taliban will attack Pakistani posts unless Islamabad releases the
// prisoners", "we will hunt you down", "Pakistan said it would strike TTP hideouts". CAMEO codes a
// hostile act in the future tense as a threat (138), not as the act; a commitment ("committed to
// defeating ISIL") or an act carried on ("will continue to strike") stays the act. Pure.
import { childLemmas, type SentenceGraph } from './sentence-graph';
import type { Polarity } from './polarity';

const FUTURE = new Set(['will', 'shall']);

/** The verb at `trigger` is an act its own future auxiliary announces (or the "would" of a past report). */
export function announcedAct(graph: SentenceGraph, trigger: number, pol: Pick<Polarity, 'negated' | 'promisedInPast'>): boolean {
  const tok = graph.sentence.tokens[trigger];
  if (!tok || !tok.pos.startsWith('VB') || pol.negated) return false;
  const aux = childLemmas(graph, trigger, ['aux']);
  return aux.some((a) => FUTURE.has(a)) || (aux.includes('would') && pol.promisedInPast);
}

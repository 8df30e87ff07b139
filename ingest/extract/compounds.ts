// Compound relations: "the US-backed Afghan government" (SUPPORTS), "the Israel-Hamas conflict"
// (each ATTACKED the other).
import type { Modality, RelationType } from '../../shared/vocabulary';
import type { FoundMention } from './mention-types';
import type { FoundTrigger, RawClaim } from './relation-model';
import type { SentenceContext } from './sentence-context';
import { isArgument } from './sentence-context';

const COMPOUND_SUPPORT: Record<string, RelationType> = {
  backed: 'SUPPORTS', supported: 'SUPPORTS', funded: 'SUPPORTS', sponsored: 'SUPPORTS', armed: 'SUPPORTS', financed: 'SUPPORTS', trained: 'SUPPORTS',
  allied: 'COOPERATES_WITH', aligned: 'COOPERATES_WITH', brokered: 'SUPPORTS',
};
const CONFLICT_NOUNS = new Set(['conflict', 'war', 'clashes', 'fighting', 'hostilities', 'confrontation', 'border clashes']);

/**
 * Compounds: "the US-backed Afghan government" (united-states SUPPORTS the government), "the
 * Israel-Hamas conflict" (each ATTACKED the other).
 */
export function compoundRelations(ctx: SentenceContext): RawClaim[] {
  const out: RawClaim[] = [];
  const ms = ctx.mentions.filter((m) => m.actor !== '' && isArgument(ctx, m));
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i] as FoundMention;
    if (ctx.tokens[a.te]?.text !== '-') continue;
    const word = ctx.tokens[a.te + 1];
    const type = word ? COMPOUND_SUPPORT[word.lower] : undefined;
    const b = ms[i + 1];
    if (type && word && b && b.ts > a.te + 1 && b.ts - (a.te + 2) <= 2) {
      const trigger: FoundTrigger = { ts: a.te + 1, te: a.te + 2, spec: { type, pos: 'verb', lemma: word.lower, preps: [''], participle: true, baseForm: false, reverse: false, passivePhrase: false, negated: false, strength: 0.75 }, negatedByFrame: false };
      if (a.actor !== b.actor) out.push({ type, source: a, target: b, trigger, negated: false, modality: ctx.clauses.reported ? 'reported' : 'asserted', strength: 0.75, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
    }
    if (b && b.ts === a.te + 1 && CONFLICT_NOUNS.has(ctx.tokens[b.te]?.lower ?? '')) {
      const trigger: FoundTrigger = { ts: b.te, te: b.te + 1, spec: { type: 'ATTACKED', pos: 'noun', lemma: 'conflict', preps: [], participle: false, baseForm: true, reverse: false, passivePhrase: false, negated: false, strength: 0.7 }, negatedByFrame: false };
      const modality: Modality = ctx.clauses.reported ? 'reported' : 'asserted';
      out.push({ type: 'ATTACKED', source: a, target: b, trigger, negated: false, modality, strength: 0.7, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
      out.push({ type: 'ATTACKED', source: b, target: a, trigger, negated: false, modality, strength: 0.7, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
    }
  }
  return out;
}

// Per-sentence view used by the relation stage: tokens, mentions indexed by token, clause info.
import type { ClauseInfo } from './clauses';
import type { ActorRegistry, FoundMention } from './mention-types';
import type { Token } from './tokenize';

export interface SentenceContext {
  tokens: readonly Token[];
  /** Global token range of the sentence. */
  s0: number;
  s1: number;
  mentions: FoundMention[];
  startAt: Map<number, FoundMention>;
  endAt: Map<number, FoundMention>;
  taken: Uint8Array;
  clauses: ClauseInfo;
  registry: ActorRegistry;
  /** Person id → the organisation a title ties them to (speaker's organisation for speech acts). */
  speakerOrg: Map<string, string>;
  /** Document tokens that are role titles ("leader" in "Islamic State leader X"). */
  titleTokens: Set<number>;
  /** The organisation (or actor) speaking in this sentence's reporting frame, if any. */
  speaker?: FoundMention | null;
}

export function clauseOf(ctx: SentenceContext, k: number): number {
  return ctx.clauses.clause[k - ctx.s0] ?? -1;
}

export function inFrame(ctx: SentenceContext, k: number): boolean {
  return ctx.clauses.frame[k - ctx.s0] === 1;
}

/** A mention that can be a claim argument: not attribution, not a title's organisation. */
export function isArgument(ctx: SentenceContext, m: FoundMention): boolean {
  if (m.attached) return false;
  if (inFrame(ctx, m.ts)) return false;
  return !ctx.registry.get(m.actor)?.media;
}

/** Skips a parenthesised group starting at `k` ("(MOU)"), returning the index after ')'. */
export function skipParens(ctx: SentenceContext, k: number): number {
  if (ctx.tokens[k]?.text !== '(') return k;
  for (let q = k + 1; q < ctx.s1 && q < k + 12; q++) if (ctx.tokens[q]?.text === ')') return q + 1;
  return k;
}

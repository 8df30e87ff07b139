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

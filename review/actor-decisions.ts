// Pure: analysts' decisions on actors applied to a new extraction, so they hold for every document
// written after them — a merged actor's mentions and claims become the target's, a dismissed actor
// and its claims are dropped, a promoted actor is written as known.
import type { Actor, DocumentExtraction } from '../shared/contract';
import type { ActorDecision } from '../shared/review';

export interface DecisionIndex {
  /** Actor id → what to do with it. */
  byId: Map<string, ActorDecision>;
  /** Lower-cased name of a merged or dismissed actor → its decision (a discovered actor found again under another id). */
  byName: Map<string, ActorDecision>;
  /** Known data of merge targets and promoted actors, to write them as known. */
  actors: Map<string, Actor>;
}

export function indexDecisions(decisions: readonly ActorDecision[], targets: readonly Actor[] = []): DecisionIndex {
  const byId = new Map<string, ActorDecision>();
  const byName = new Map<string, ActorDecision>();
  for (const d of decisions) {
    byId.set(d.actor, d);
    if (d.decision !== 'promoted') for (const name of [d.name, ...d.aliases]) byName.set(name.toLowerCase(), d);
  }
  return { byId, byName, actors: new Map(targets.map((a) => [a.id, a])) };
}

/** What `actor` is after the decisions: the same id, another one (merged), or null (dismissed). */
function resolve(actor: Actor, index: DecisionIndex): string | null {
  let decision = index.byId.get(actor.id) ?? (actor.discovered ? index.byName.get(actor.name.toLowerCase()) : undefined);
  for (let hops = 0; decision && hops < 20; hops++) {
    if (decision.decision === 'dismissed') return null;
    if (decision.decision !== 'merged' || !decision.into) return decision.actor;
    const next = index.byId.get(decision.into);
    if (!next || next.decision === 'promoted') return decision.into;
    decision = next;
  }
  return decision?.decision === 'merged' && decision.into ? decision.into : actor.id;
}

export function applyActorDecisions(extraction: DocumentExtraction, index: DecisionIndex): DocumentExtraction {
  if (index.byId.size === 0) return extraction;
  const mapped = new Map<string, string | null>();
  for (const a of extraction.actors) mapped.set(a.id, resolve(a, index));
  const to = (id: string) => (mapped.has(id) ? (mapped.get(id) ?? null) : id);
  const actors = new Map<string, Actor>();
  for (const a of extraction.actors) {
    const id = to(a.id);
    if (id === null) continue;
    const known = index.actors.get(id);
    if (known) actors.set(id, known);
    else if (!actors.has(id)) actors.set(id, id === a.id ? a : { ...a, id });
  }
  const mentions = extraction.mentions.flatMap((m) => {
    const id = to(m.actor);
    return id === null ? [] : [{ ...m, actor: id }];
  });
  const claims = extraction.claims.flatMap((c) => {
    const source = to(c.source);
    const target = to(c.target);
    return source === null || target === null || source === target ? [] : [{ ...c, source, target }];
  });
  return { ...extraction, actors: [...actors.values()], mentions, claims };
}

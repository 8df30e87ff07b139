// Pure: the gazetteer the extractor runs on, with what analysts taught it — a merged actor's name and
// aliases become aliases of the actor it was merged into, a promoted actor becomes an entry — so the
// next extraction finds those names in new articles. Dismissals need no entry: the loader drops a
// dismissed actor from every extraction (actor-decisions.ts).
import type { Gazetteer, GazetteerActor } from '../shared/gazetteer';
import type { DecisionIndex } from './actor-decisions';

function entry(id: string, index: DecisionIndex): GazetteerActor | null {
  const actor = index.actors.get(id);
  if (!actor) return null;
  return { id, name: actor.name, type: actor.type, aliases: [...actor.aliases], acronyms: [], demonyms: [], metonyms: [], affiliations: [], country: null };
}

function addNames(target: GazetteerActor, names: readonly string[]): void {
  const known = new Set([target.name, ...target.aliases, ...target.acronyms].map((n) => n.toLowerCase()));
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    target.aliases.push(name);
  }
}

/** A copy of `base` with the learned names; `base` is left as it is. */
export function learnedGazetteer(base: Gazetteer, index: DecisionIndex): Gazetteer {
  if (index.byId.size === 0) return base;
  const actors = base.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const ensure = (id: string): GazetteerActor | null => {
    const found = byId.get(id);
    if (found) return found;
    const made = entry(id, index);
    if (made) {
      actors.push(made);
      byId.set(id, made);
    }
    return made;
  };
  for (const d of index.byId.values()) {
    if (d.decision === 'merged' && d.into) {
      const target = ensure(d.into);
      if (target) addNames(target, [d.name, ...d.aliases]);
    } else if (d.decision === 'promoted') {
      const target = ensure(d.actor);
      if (target) addNames(target, d.aliases);
    }
  }
  return { ...base, actors };
}

/** Identifies a set of decisions: equal fingerprints, same learned gazetteer. */
export function decisionsFingerprint(index: DecisionIndex): string {
  return [...index.byId.values()].map((d) => `${d.actor}:${d.decision}:${d.into ?? ''}:${d.at}`).sort().join('|');
}

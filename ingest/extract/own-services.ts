// A service named without its state in a text a state's government issues is that state's when a rank
// follows ("Navy Petty Officer X", "Army Gen. Y") or the issuer calls it its own ("our Armed Forces",
// "our military"): the gazetteer body of that state whose alias is the service's name after the
// state's ("U.S. Navy" → us-military, "Pakistan Army" → pakistan-army). In any other text the state is
// unknown and the service names no body. Pure.
import type { Gazetteer } from './resources';
import type { FoundMention } from './mention-types';
import type { Token } from './tokenize';

/** Service names, lower-case words, longest first. */
const SERVICES: readonly (readonly string[])[] = [['marine', 'corps'], ['air', 'force'], ['space', 'force'], ['coast', 'guard'], ['armed', 'forces'], ['army'], ['navy'], ['military']];

/** (state id, service words joined by a space) → the body. */
export type OwnServices = ReadonlyMap<string, string>;

export function compileOwnServices(gazetteer: Gazetteer): OwnServices {
  const out = new Map<string, string>();
  for (const actor of gazetteer.actors) {
    if (actor.type !== 'agency' && actor.type !== 'organization') continue;
    for (const alias of actor.aliases) {
      const words = alias.toLowerCase().split(/\s+/);
      const service = SERVICES.find((s) => words.length > s.length && s.every((w, k) => words[words.length - s.length + k] === w));
      if (!service) continue;
      // One body per state and service: a second candidate makes the service ambiguous.
      for (const state of actor.affiliations ?? []) {
        const key = `${state} ${service.join(' ')}`;
        out.set(key, out.has(key) && out.get(key) !== actor.id ? '' : actor.id);
      }
    }
  }
  return out;
}

/**
 * Mentions of the issuing state's services in tokens [from, to): a service name outside any mention,
 * capitalised right before a rank (`rankAt`, from roles.ts rankEnd), or after "our".
 */
export function findOwnServices(services: OwnServices, tokens: readonly Token[], from: number, to: number, found: readonly FoundMention[], issuerState: string | null, rankAt: (j: number) => boolean): FoundMention[] {
  if (issuerState === null) return [];
  const out: FoundMention[] = [];
  for (let i = from; i < to; i++) {
    if (found.some((m) => m.ts <= i && i < m.te)) continue;
    const service = SERVICES.find((s) => s.every((w, k) => i + k < to && tokens[i + k]?.lower === w));
    if (!service) continue;
    const te = i + service.length;
    const actor = services.get(`${issuerState} ${service.join(' ')}`);
    const own = tokens[i - 1]?.lower === 'our' || (tokens[i]?.isCap === true && rankAt(te));
    if (actor && own && !found.some((m) => m.ts < te && i < m.te)) out.push({ actor, kind: 'alias', ts: i, te });
    i = te - 1;
  }
  return out;
}

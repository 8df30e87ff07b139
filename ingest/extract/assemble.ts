// The DocumentExtraction both relation stages return: the actors that are mentioned or take part in
// a claim, claims and mentions in text order, the text's sha256. Pure.
import { createHash } from 'node:crypto';
import type { Actor, Claim, DocumentExtraction, DocumentMeta, Mention } from '../../shared/contract';
import type { ActorRegistry } from './mention-types';

/** Same order as String#localeCompare (default locale and options), without its per-call setup. */
const COLLATOR = new Intl.Collator();

export function assembleExtraction(meta: DocumentMeta, text: string, mentions: Mention[], claims: Claim[], registry: ActorRegistry): DocumentExtraction {
  const used = new Set<string>();
  for (const m of mentions) used.add(m.actor);
  for (const c of claims) {
    used.add(c.source);
    used.add(c.target);
  }
  const actors: Actor[] = [];
  for (const id of used) {
    const info = registry.get(id);
    if (info) actors.push(info.actor);
  }
  actors.sort((a, b) => COLLATOR.compare(a.id, b.id));
  mentions.sort((a, b) => a.start - b.start);
  claims.sort((a, b) => a.sentenceStart - b.sentenceStart || a.triggerStart - b.triggerStart || COLLATOR.compare(a.claimId, b.claimId));
  return { document: meta, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), actors, mentions, claims };
}

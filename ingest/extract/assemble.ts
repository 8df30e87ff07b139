// What both relation stages share to build a DocumentExtraction: the claims of a document (ids,
// weights, de-duplication) and the assembly (the actors that are mentioned or take part in a claim,
// claims and mentions in text order, the text's sha256: the caller's when it has one). Pure.
import type { Actor, Claim, DocumentExtraction, DocumentMeta, Mention } from '../../shared/contract';
import { RELATION_TYPE_INFO } from '../../shared/vocabulary';
import { sha256Hex } from '../../text/content-hash';
import { fnv1a64 } from './hash';
import type { ActorRegistry } from './mention-types';

/** Same order as String#localeCompare (default locale and options), without its per-call setup. */
const COLLATOR = new Intl.Collator();

export function assembleExtraction(
  meta: DocumentMeta,
  text: string,
  mentions: Mention[],
  claims: Claim[],
  registry: ActorRegistry,
  /** Taken once where the text came in (text/content-hash.ts) and passed along; hashed here only without it. */
  sha256: string = sha256Hex(text),
): DocumentExtraction {
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
  return { document: meta, text, sha256, actors, mentions, claims };
}

/** A claim as a relation stage finds it; the sink adds its id, document, publisher, weight and version. */
export type ClaimDraft = Omit<Claim, 'claimId' | 'weight' | 'extractorVersion' | 'doc' | 'publisher'>;

export interface ClaimSink {
  claims: Claim[];
  /** Adds a claim unless it relates an actor to itself or the same claim (same id, or the same relation in the same sentence) is there already. */
  push(draft: ClaimDraft): void;
  /** Takes over a claim another stage built (its id stays), under this sink's version. */
  adopt(claim: Claim): void;
}

/** A claim's id: the document, where it stands, who, what and to whom — stable across runs. */
export function claimSink(meta: DocumentMeta, extractorVersion: string): ClaimSink {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const add = (claim: Claim): void => {
    // One sentence states a relation once, however many words say it ("their support for X and their
    // support for X's people"): a second claim would count one statement twice in the graph.
    const said = `${claim.sentenceStart}|${claim.source}|${claim.type}|${claim.target}|${claim.negated}`;
    if (seen.has(claim.claimId) || seen.has(said)) return;
    seen.add(claim.claimId);
    seen.add(said);
    claims.push(claim);
  };
  return {
    claims,
    push(c) {
      if (c.source === c.target) return;
      const claimId = fnv1a64(`${meta.id}|${c.sentenceStart}|${c.triggerStart}|${c.source}|${c.type}|${c.target}`);
      add({ claimId, ...c, doc: meta.id, publisher: meta.publisher ?? null, weight: RELATION_TYPE_INFO[c.type].weight, extractorVersion });
    },
    adopt: (claim) => add({ ...claim, extractorVersion }),
  };
}


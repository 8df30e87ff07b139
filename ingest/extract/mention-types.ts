// Internal mention record shared by the mention, role, coreference and relation stages.
import type { Actor } from '../../shared/contract';
import type { ActorType } from '../../shared/vocabulary';

export type MentionKind = 'alias' | 'acronym' | 'demonym' | 'metonym' | 'era' | 'discovered' | 'surname' | 'coref' | 'title';

export interface FoundMention {
  actor: string;
  kind: MentionKind;
  /** Token range [ts, te) into the document tokens. */
  ts: number;
  te: number;
  /** For capital/era metonyms: the place (country) a visit to this mention goes to. */
  place?: string;
  /** Organisation named only as part of a person's title (CIA Director X): not an argument. */
  attached?: boolean;
  /** Unresolved coreference (actor ''): the two candidates; the claim's other argument rules one out. */
  candidates?: string[];
  /** Take the first candidate unless the other argument rules it out. */
  preferFirst?: boolean;
}

export interface ActorInfo {
  actor: Actor;
  type: ActorType;
  media: boolean;
}

/** Actor lookup: the gazetteer's actors plus the document's discovered ones (a Map fits). */
export interface ActorRegistry {
  get(id: string): ActorInfo | undefined;
  has(id: string): boolean;
  set(id: string, info: ActorInfo): unknown;
}

/** The shared gazetteer registry with a per-document layer on top, so no document copies it. */
export function overlayRegistry(base: ReadonlyMap<string, ActorInfo>): ActorRegistry {
  const own = new Map<string, ActorInfo>();
  return {
    get: (id) => own.get(id) ?? base.get(id),
    has: (id) => own.has(id) || base.has(id),
    set: (id, info) => own.set(id, info),
  };
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

// Records passed between the relation stages: cue sets, found triggers, raw claims.
import type { Modality, RelationType } from '../../shared/vocabulary';
import type { TriggerSpec } from './lexicon';
import type { FoundMention } from './mention-types';

export interface RelationCues {
  negation: Set<string>;
  negationBreakers: Set<string>;
  speculative: Set<string>;
  proposed: Set<string>;
  /** "offered to", "promised", "will": a support trigger after them is also an agreement. */
  commissive: Set<string>;
  /** Commissive cues that mark agreement ("offered to", "agreed to"), not a bare future ("will"). */
  agreeing: Set<string>;
  prepositions: Set<string>;
  determiners: Set<string>;
  lightVerbs: Set<string>;
  symmetric: Set<string>;
  beForms: Set<string>;
  contentNouns: Set<string>;
}

export interface FoundTrigger {
  ts: number;
  te: number;
  spec: TriggerSpec;
  negatedByFrame: boolean;
}

export interface RawClaim {
  type: RelationType;
  source: FoundMention;
  target: FoundMention;
  trigger: FoundTrigger;
  negated: boolean;
  modality: Modality;
  strength: number;
  distance: number;
  loose: boolean;
  /** Token range of the trigger's clause (for the claim's year). */
  clauseFrom: number;
  clauseTo: number;
}


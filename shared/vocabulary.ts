// The closed vocabularies (relation types, actor types, modalities, year rules) every layer shares.
import relationTypesData from './relation-types.json';

export const RELATION_TYPES = [
  'VISITED', 'MET_WITH', 'COOPERATES_WITH', 'SUPPORTS', 'ACCUSED', 'REJECTED', 'WARNED', 'ATTACKED', 'LEADS', 'MEMBER_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  type: RelationType;
  label: string;
  plover: string | null;
  cameo: string | null;
  weight: number;
  color: string;
  /** Role edges (LEADS, MEMBER_OF) describe structure, not events. */
  role: boolean;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = Object.fromEntries(
  (relationTypesData.types as RelationTypeInfo[]).map((info) => [info.type, info]),
) as Record<RelationType, RelationTypeInfo>;

/** A cooperative event (a visit, a meeting, cooperation, support: a positive Goldstein weight), not a hostile one or a role. */
export function isCooperative(type: RelationType): boolean {
  return RELATION_TYPE_INFO[type].weight > 0;
}

export const ACTOR_TYPES = ['state', 'agency', 'armed_group', 'person', 'organization', 'igo', 'unknown'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** asserted: stated as fact; reported: attributed to someone; proposed: discussed or planned; speculative: believed, might. */
export const MODALITIES = ['asserted', 'reported', 'proposed', 'speculative'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Which rule gave a claim its year. */
export const YEAR_RULES = ['explicit', 'relative', 'decade', 'publication-fallback'] as const;
export type YearRule = (typeof YEAR_RULES)[number];

export const DOCUMENT_STATUSES = ['pending', 'processing', 'done', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

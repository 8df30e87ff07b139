// Colours, shapes and labels of actor types and relation types, from the shared vocabulary and
// web/src/graph/actor-types.json (data, not code).
import { ACTOR_TYPES, RELATION_TYPE_INFO, type ActorType, type RelationType } from '../../../shared/vocabulary';
import actorTypesData from './actor-types.json';

export interface ActorTypeStyle {
  type: ActorType;
  label: string;
  color: string;
  shape: string;
}

const byType = new Map((actorTypesData.types as ActorTypeStyle[]).map((t) => [t.type, t]));
for (const type of ACTOR_TYPES) {
  if (!byType.has(type)) throw new Error(`actor-types.json: no style for actor type "${type}".`);
}

export function actorTypeStyle(type: string): ActorTypeStyle {
  return byType.get(type as ActorType) ?? byType.get('unknown')!;
}

export const ACTOR_TYPE_STYLES: ActorTypeStyle[] = ACTOR_TYPES.map((t) => byType.get(t)!);

export function relationColor(type: string): string {
  return RELATION_TYPE_INFO[type as RelationType]?.color ?? '#999999';
}

export function relationLabel(type: string): string {
  return RELATION_TYPE_INFO[type as RelationType]?.label ?? type.toLowerCase().replace(/_/g, ' ');
}

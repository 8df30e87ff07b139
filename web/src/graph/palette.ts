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

/** `hex` (#rrggbb) blended towards white by `t` (0–1): an opaque stand-in for a translucent colour. */
export function paler(hex: string, t: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = parseInt(m[1]!, 16);
  const mix = (c: number) => Math.round(c + (255 - c) * t).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

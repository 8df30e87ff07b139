// The prepositions of where: a name in their phrase ("in Kabul", "near the border") is a place, not a
// party to the act. One list (cues.json `placePrepositions`) for the surface roles and the tree coder.
import cuesData from '../lexicon/cues.json';

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(cuesData.placePrepositions);

/** A lower-case preposition ("in"). */
export function isPlacePreposition(word: string): boolean {
  return PLACE_PREPOSITIONS.has(word);
}

/** An enhanced++ relation of place: `obl:in`, `nmod:near`… */
export function isPlaceRelation(rel: string): boolean {
  const m = /^(?:obl|nmod):([a-z]+)$/.exec(rel);
  return m !== null && PLACE_PREPOSITIONS.has(m[1] as string);
}

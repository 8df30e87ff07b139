// Names transliterated from Urdu, Pashto, Persian and Arabic are spelled many ways: "Tehrik-i-Taliban",
// "Tehreek-e-Taliban"; "Jaish-e-Mohammed", "Jaish-i-Muhammad"; "Lashkar-e-Tayyiba", "Lashkar-i-Taiba".
// Their consonants stay: a name of several words joined by "e"/"i"/"ul"/"ud" is matched by its
// consonant skeleton, the vowels, a doubled letter and the joiners left out. Only for such names, as
// written in the gazetteer and in the text (English names share skeletons: "Secret"/"Security"), of
// two words or more, and never for people ("Mohammed Ali", "Muhammad Ali"). Pure.
import type { Token } from './tokenize';

/** The joining particles of an ezafe or Arabic article inside a name: "Tehrik-i-Taliban", "Jamaat-ud-Dawa". */
const JOINERS = new Set(['e', 'i', 'ul', 'ud', 'ut', 'al', 'el']);

/** A joiner as written inside a name: lower case ("US", "I" are no joiners). */
const isJoiner = (word: string): boolean => JOINERS.has(word);

/** A word's consonant skeleton: lower-case letters, no vowels (y neither), no doubled letters; '' for a joiner. */
export function skeleton(word: string): string {
  if (isJoiner(word)) return '';
  const lower = word.toLowerCase();
  return lower.replace(/[^\p{L}]/gu, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The skeleton keys of a name written as words; null when it has no joiner (English names such as
 * "Secret Intelligence Service" and "Security Intelligence Service" share skeletons) or fewer than two
 * words with consonants.
 */
export function skeletonKeys(words: readonly string[]): string[] | null {
  if (!words.some(isJoiner)) return null;
  const keys = words.map(skeleton).filter((k) => k !== '');
  return keys.length >= 2 ? keys : null;
}

/** Tokens inside a name the skeleton skips: hyphens and joiners. */
export const skippedInName = (t: Token): boolean => t.text === '-' || isJoiner(t.text);

export const skeletonKey = (t: Token): string => skeleton(t.text);

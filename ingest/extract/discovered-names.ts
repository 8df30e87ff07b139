// Whether a name found outside the gazetteer can be an actor: fragments of name lists ("D. I",
// "Darin T"), spans that ran over prepositions ("Raed Karmi in the West Bank city of Tulkarm") and
// lists of titled people ("President X and Council Chairman Y") never become actors. Pure.

/** Lower-case words a real name may contain ("Islamic State of Iraq", "bin Laden", "al-Qaeda"). */
const PERSON_CONNECTORS = new Set(['de', 'del', 'da', 'al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'bint']);
/** Titles that show a span holds people, not one organisation's name. */
const PERSON_TITLES = new Set(['president', 'chairman', 'minister', 'secretary', 'prime', 'ambassador', 'general', 'dr', 'mr', 'mrs', 'ms', 'sgt', 'cpl', 'lt', 'col', 'capt', 'gen']);

/** A pronoun, contracted or not ("as Vice President I've seen"): never part of a name. */
const PRONOUN = /^(i|we|you|he|she|they|it)(['’](m|ve|ll|d|re|s))?$/i;

export function plausibleDiscoveredName(name: string, type: 'person' | 'organization' | 'armed_group'): boolean {
  const words = name.split(/[\s]+/).filter(Boolean);
  if (name.replace(/[^\p{L}]/gu, '').length < 3) return false;
  if (words.some((w) => PRONOUN.test(w))) return false;
  if (type === 'person') {
    if (words.length > 5) return false;
    // "Mr. President", "Madam Secretary": a form of address, not a name.
    if (words.length === 1 && PERSON_TITLES.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) return false;
    const last = (words[words.length - 1] as string).replace(/\.$/, '');
    // A surname of one letter is an initial: a fragment of a longer name.
    if (last.length < 2) return false;
    return words.every((w) => /^\p{Lu}/u.test(w) || PERSON_CONNECTORS.has(w.toLowerCase()) || /^(al|el|bin)-/i.test(w));
  }
  if (words.length > 12) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (lower.includes('and') && lower.some((w) => PERSON_TITLES.has(w))) return false;
  // "in" only inside a name like "Movement in Exile", never "X in the Y".
  if (lower.some((w, i) => w === 'in' && lower[i + 1] === 'the')) return false;
  return true;
}

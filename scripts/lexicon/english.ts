// Small English morphology for the lexicon conversion: the lemma a parser gives a plural noun, and
// regular plurals. Pure; deliberately rule-based (no model), so the conversion is deterministic.

/** Words ending in -s that are not plurals (function words, -ss/-us/-is nouns, invariant nouns). */
const NOT_PLURAL = new Set([
  'as', 'is', 'was', 'has', 'this', 'its', 'us', 'thus', 'across', 'towards', 'afterwards', 'always', 'perhaps', 'whereas', 'besides',
  'unless', 'news', 'series', 'species', 'means', 'headquarters', 'politics', 'economics', 'physics', 'ethics', 'yes', 'bus', 'gas',
  'status', 'consensus', 'chaos', 'basis', 'crisis', 'analysis', 'thesis', 'emphasis', 'diagnosis', 'alias', 'canvas', 'overseas',
  'various', 'serious', 'previous', 'dangerous', 'numerous', 'nervous', 'famous', 'jealous', 'obvious', 'anxious', 'barracks',
]);
const IRREGULAR_PLURALS: Record<string, string> = {
  children: 'child', people: 'people', crises: 'crisis', analyses: 'analysis', theses: 'thesis', women: 'woman', men: 'man',
  hostilities: 'hostility', feet: 'foot', teeth: 'tooth', mice: 'mouse', lives: 'life', wives: 'wife', knives: 'knife',
  thieves: 'thief', leaves: 'leave', halves: 'half', shelves: 'shelf', wolves: 'wolf', police: 'police',
};

/**
 * The lemma a parser gives a pattern word: lower case, regular noun plurals made singular
 * ("TALKS" → "talk", "RALLIES" → "rally", "ABUSES" → "abuse", "GUNMEN" → "gunman"). Other inflections
 * are left alone: CAMEO 2.0 patterns hold nouns and prepositions after the verb.
 */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase().replace(/_+$/, '');
  if (w.length <= 3 || NOT_PLURAL.has(w) || w.includes("'")) return w;
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (w.endsWith('men') && w.length > 5) return w.slice(0, -3) + 'man';
  if (/(ss|us|is|ous|ics|ness)$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(sses|shes|ches|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('oes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Regular English plural of one word; a word that already looks plural ("forces", "rebels") stays. */
export function pluralOfWord(word: string): string {
  if ((/[^su'i]s$/.test(word) && word.length > 3) || /men$/.test(word)) return word;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (word.endsWith('man') && !/(?:human|shaman|german|ottoman|talisman)$/.test(word)) return `${word.slice(0, -3)}men`;
  return `${word}s`;
}

/** The plural of a noun phrase: its head is the word before 'of' ("head of state" → "heads of state"), else the last word. */
export function pluralOfPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? of - 1 : words.length - 1;
  words[head] = pluralOfWord(words[head] as string);
  return words.join(' ');
}


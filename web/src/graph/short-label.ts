// Pure: the label drawn on the canvas. Long names give way to the acronym or short name the
// gazetteer lists among the actor's aliases (Islamic State Khorasan Province → ISKP, Central
// Intelligence Agency → CIA); names without one are cut at a word. The full name shows on hover,
// on selection and in the details panel.

/** Names up to this many characters are drawn whole. */
export const SHORT_LABEL_MAX = 18;

const ACRONYM = /^[A-Z][A-Z0-9]*(?:[-.&][A-Z0-9]+)*\.?$/;

/** Acronym-like aliases, best first: letters only (ISKP before IS-K), then the longest (USA before US). */
function acronyms(aliases: readonly string[]): string[] {
  const found = aliases.filter((a) => a.length >= 2 && a.length <= 8 && ACRONYM.test(a) && /[A-Z].*[A-Z]/.test(a));
  const plain = (a: string) => /^[A-Z0-9]+$/.test(a);
  return [...new Set(found)].sort((a, b) => Number(plain(b)) - Number(plain(a)) || b.length - a.length);
}

export function shortLabel(name: string, aliases: readonly string[]): string {
  if (name.length <= SHORT_LABEL_MAX) return name;
  const [acronym] = acronyms(aliases);
  if (acronym) return acronym;
  // A short alias that is a name of its own ("Burns" is not: it is shorter than the whole but a
  // surname): only aliases of two words or more count.
  const short = aliases.filter((a) => a.length <= SHORT_LABEL_MAX && a.includes(' ') && a !== name).sort((a, b) => a.length - b.length)[0];
  if (short) return short;
  let cut = '';
  for (const word of name.split(/\s+/)) {
    if ((cut ? `${cut} ${word}` : word).length > SHORT_LABEL_MAX - 1) break;
    cut = cut ? `${cut} ${word}` : word;
  }
  return `${cut || name.slice(0, SHORT_LABEL_MAX - 1)}…`;
}

// Fair matching of an extracted actor against a PLOVER gold actor, given as free text ("Hungarian",
// "Russian Foreign Minister Andrei Kozyrev"). Pure.
//
// An extracted actor matches when (a) one of its names — gazetteer name, aliases, acronyms,
// demonyms, metonyms, or the extraction's own actor name/aliases — contains the gold text as a
// token sequence (case-insensitive), or (b) the extracted argument span, or any mention of that
// actor, overlaps an occurrence of the gold text in the sentence.

export interface ActorNames {
  id: string;
  name: string;
  aliases?: readonly string[];
  acronyms?: readonly string[];
  demonyms?: readonly string[];
  metonyms?: readonly string[];
}

export interface Span {
  start: number;
  end: number;
}

/** Word tokens as written; punctuation separates ("U.S." → U, S; "Asia-Pacific" → Asia, Pacific). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-case word tokens; punctuation separates ("U.S." → u, s; "Asia-Pacific" → asia, pacific). */
export function tokens(text: string): string[] {
  return wordTokens(text.toLowerCase());
}

/** True when `needle` occurs in `haystack` as a contiguous run of whole tokens. */
export function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((token, j) => haystack[i + j] === token)) return true;
  }
  return false;
}

export function namesOf(entry: ActorNames): string[] {
  return [entry.name, ...(entry.aliases ?? []), ...(entry.acronyms ?? []), ...(entry.demonyms ?? []), ...(entry.metonyms ?? [])];
}

export function nameContainsText(names: readonly string[], goldText: string): boolean {
  const needle = tokens(goldText);
  return names.some((name) => containsTokens(tokens(name), needle));
}

/** Every occurrence of `needle` in `text`, case-insensitive. */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle === '') return spans;
  const haystack = text.toLowerCase();
  const lower = needle.toLowerCase();
  for (let at = haystack.indexOf(lower); at >= 0; at = haystack.indexOf(lower, at + 1)) {
    spans.push({ start: at, end: at + lower.length });
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface MatchContext {
  text: string;
  /** Names known for each actor id (gazetteer entries merged with the extraction's actors). */
  names: ReadonlyMap<string, readonly string[]>;
  /** Spans where each actor id was mentioned in this text. */
  mentionSpans: ReadonlyMap<string, readonly Span[]>;
}

/**
 * Where the gold text stands in the sentence. Annotators' texts may carry doubled or edge spaces
 * ("NATO  peacekeeping troops") or elide words ("U.S. ... negotiators" for "U.S. and Russian
 * negotiators"): spaces are collapsed, and an elided text stands where each of its pieces does.
 */
export function goldOccurrences(text: string, goldText: string): Span[] {
  const pieces = goldText.split(/\s*\.{2,}\s*/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const verbatim = pieces.flatMap((piece) => occurrences(text, piece));
  return verbatim.length > 0 ? verbatim : looseOccurrences(text, goldText);
}

/** Words an annotator may leave out between two of the gold text's words ("Jordan's [visiting] King"). */
const MAX_SKIPPED_WORDS = 2;

/** One edit (a letter added, dropped or changed) between words of five letters or more: a misspelling ("Ghanians"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [ra, rb] = [a.slice(i), b.slice(i)];
  return ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1);
}

/**
 * A gold text that never occurs as written: its words in order, each spelt alike or misspelt by one
 * letter, with at most MAX_SKIPPED_WORDS of the sentence's words between two of them.
 */
function looseOccurrences(text: string, goldText: string): Span[] {
  const needle = tokens(goldText);
  if (needle.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const spans: Span[] = [];
  for (let first = 0; first < words.length; first++) {
    if (!sameWord(words[first]!.word, needle[0]!)) continue;
    let at = first;
    let found = true;
    for (const want of needle.slice(1)) {
      let next = -1;
      for (let k = at + 1; k <= at + 1 + MAX_SKIPPED_WORDS && k < words.length; k++) {
        if (sameWord(words[k]!.word, want)) {
          next = k;
          break;
        }
      }
      if (next < 0) {
        found = false;
        break;
      }
      at = next;
    }
    if (found) spans.push({ start: words[first]!.start, end: words[at]!.end });
  }
  return spans;
}

export function actorMatches(actorId: string, argumentSpan: Span, goldText: string, context: MatchContext): boolean {
  if (nameContainsText(context.names.get(actorId) ?? [], goldText)) return true;
  const goldSpans = goldOccurrences(context.text, goldText);
  const extractedSpans = [argumentSpan, ...(context.mentionSpans.get(actorId) ?? [])];
  return goldSpans.some((gold) => extractedSpans.some((span) => overlaps(gold, span)));
}

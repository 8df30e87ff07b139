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
  return pieces.flatMap((piece) => occurrences(text, piece));
}

export function actorMatches(actorId: string, argumentSpan: Span, goldText: string, context: MatchContext): boolean {
  if (nameContainsText(context.names.get(actorId) ?? [], goldText)) return true;
  const goldSpans = goldOccurrences(context.text, goldText);
  const extractedSpans = [argumentSpan, ...(context.mentionSpans.get(actorId) ?? [])];
  return goldSpans.some((gold) => extractedSpans.some((span) => overlaps(gold, span)));
}

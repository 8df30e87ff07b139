// The parse of one document as the event coder reads it: sentences of tokens with character offsets
// into the original text, lemmas, POS, and UD enhanced++ dependencies. Produced from CoreNLP's JSON
// by corenlp-json.ts; no I/O here.

export interface ParsedToken {
  /** 0-based index in its sentence. */
  i: number;
  word: string;
  lemma: string;
  pos: string;
  /** UTF-16 offsets into the original document text. */
  start: number;
  end: number;
}

/** One dependency edge: governor → dependent with a UD relation (enhanced++: `obl:with`, `nsubj:xsubj`…). -1 is the root. */
export interface Dependency {
  rel: string;
  gov: number;
  dep: number;
}

export interface ParsedSentence {
  index: number;
  /** Offsets of the first and last token in the original text. */
  start: number;
  end: number;
  tokens: ParsedToken[];
  /** Enhanced++ dependencies (what the coder reads). */
  deps: Dependency[];
  /** Basic (tree) dependencies: every token has exactly one head; spans and heads come from these. */
  tree: Dependency[];
}

export interface ParsedDocument {
  sentences: ParsedSentence[];
  /** Sentences (longer than the parser's limit) and paragraphs (timed out) the parser gave up on: counted, not coded. */
  skipped: number;
}

// CoreNLP's JSON output (outputFormat=json) → ParsedDocument. Pure: the HTTP client is nlp-client.ts.
import type { Dependency, ParsedDocument, ParsedSentence, ParsedToken } from './parse-types';

interface CoreNlpToken {
  index: number;
  word: string;
  originalText?: string;
  lemma?: string;
  pos?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

interface CoreNlpDependency {
  dep: string;
  governor: number;
  dependent: number;
}

interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  basicDependencies?: CoreNlpDependency[];
  enhancedPlusPlusDependencies?: CoreNlpDependency[];
}

export interface CoreNlpDocument {
  sentences: CoreNlpSentence[];
}

function toDeps(raw: readonly CoreNlpDependency[] | undefined): Dependency[] {
  // CoreNLP numbers tokens from 1 and the root 0; ours are 0-based with -1 for the root.
  return (raw ?? []).map((d) => ({ rel: d.dep === 'ROOT' ? 'root' : d.dep, gov: d.governor - 1, dep: d.dependent - 1 }));
}

function toToken(t: CoreNlpToken): ParsedToken {
  const token: ParsedToken = {
    i: t.index - 1,
    word: t.word,
    lemma: t.lemma ?? t.word,
    pos: t.pos ?? '',
    start: t.characterOffsetBegin,
    end: t.characterOffsetEnd,
  };
  return token;
}

/** Throws when the JSON is not a CoreNLP document (a proxy's error page, a truncated answer). */
export function fromCoreNlpJson(json: unknown): ParsedDocument {
  const doc = json as Partial<CoreNlpDocument> | null;
  if (!doc || !Array.isArray(doc.sentences)) throw new Error('NLP server: the answer is not a CoreNLP JSON document (no `sentences`).');
  const sentences: ParsedSentence[] = [];
  let skipped = 0;
  for (const s of doc.sentences) {
    const tokens = (s.tokens ?? []).map(toToken);
    if (tokens.length === 0) continue;
    const tree = toDeps(s.basicDependencies);
    // A sentence the parser could not handle comes back without dependencies: skip and count it.
    if (tree.length === 0 && tokens.length > 1) {
      skipped++;
      continue;
    }
    sentences.push({
      index: s.index,
      start: (tokens[0] as ParsedToken).start,
      end: (tokens[tokens.length - 1] as ParsedToken).end,
      tokens,
      deps: toDeps(s.enhancedPlusPlusDependencies ?? s.basicDependencies),
      tree,
    });
  }
  return { sentences, skipped };
}

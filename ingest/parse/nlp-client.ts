// HTTP client of the CoreNLP server protocol (POST /?properties={json} with the text as body),
// shared by the project's own server (nlp/) and stock CoreNLP servers named in NLP_URL. Requests
// are spread over the servers round-robin; a server that refuses the connection is skipped.
import { parserSafeHonorifics } from './honorifics';
import { plainQuotes } from './plain-quotes';
import { fromCoreNlpJson } from './corenlp-json';
import type { ParsedDocument } from './parse-types';
import { mergeParagraphParses, splitParagraphs, type Paragraph } from './paragraphs';
import { lineBreaksEndSentences } from './line-breaks';
import { parseOfOriginal, spacedLetterPeriods } from './letter-periods';

/**
 * The annotators the coder reads. No `ner`: actors come from the gazetteer and the coder's own rules,
 * time expressions from ingest/extract/time.ts; SUTime alone (inside `ner`) halved the throughput
 * (measured: 3.0 vs 5.3 articles/s of 5 KB on this 2-core machine).
 */
export const PARSE_ANNOTATORS = 'tokenize,ssplit,pos,lemma,depparse';

export class NlpUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NlpUnavailableError';
  }
}

/** The server gave up on a text within its `timeout` (504). */
export class NlpTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NlpTimeoutError';
  }
}

export interface NlpClientOptions {
  urls: readonly string[];
  /** Longest wait for one document's parse. */
  timeoutMs?: number;
}

export interface ParseRequest {
  text: string;
  /** Publication date (YYYY-MM-DD): relative times ("yesterday", "last month") resolve against it. */
  date?: string | null;
  /** A single line break ends a sentence; by default decided from the text (line-breaks.ts). */
  lineBreaksEnd?: boolean;
}

export interface NlpClient {
  urls: readonly string[];
  parse(request: ParseRequest): Promise<ParsedDocument>;
}

export function parseProperties(date: string | null | undefined, timeoutMs: number, lineBreaksEnd = false): Record<string, string> {
  const props: Record<string, string> = {
    annotators: PARSE_ANNOTATORS,
    outputFormat: 'json',
    // Hard-wrapped text is prose: one newline is a space, a blank line ends a paragraph. Text with one
    // paragraph a line ends a sentence at every line break (line-breaks.ts).
    'ssplit.newlineIsSentenceBreak': lineBreaksEnd ? 'always' : 'two',
    // Very long "sentences" (tables, lists run together) are not parsed: skipped and counted.
    'depparse.maxlen': '150',
    timeout: String(timeoutMs),
  };
  if (date) props.date = date;
  return props;
}

export function createNlpClient({ urls, timeoutMs = 60_000 }: NlpClientOptions): NlpClient {
  if (urls.length === 0) throw new Error('NLP client: no server URL given (set NLP_URL or start the local server).');
  let next = 0;
  async function post(url: string, request: ParseRequest): Promise<unknown> {
    const props = encodeURIComponent(JSON.stringify(parseProperties(request.date, timeoutMs, request.lineBreaksEnd)));
    const response = await fetch(`${url.replace(/\/+$/, '')}/?properties=${props}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: parserSafeHonorifics(plainQuotes(request.text)),
      signal: AbortSignal.timeout(timeoutMs + 5_000),
    });
    const body = await response.text();
    if (response.status === 504) throw new NlpTimeoutError(`NLP server ${url} gave up after ${timeoutMs} ms: ${body.slice(0, 200)}`);
    if (!response.ok) throw new Error(`NLP server ${url} answered ${response.status}: ${body.slice(0, 300)}`);
    try {
      return JSON.parse(body);
    } catch {
      throw new Error(`NLP server ${url} answered with something that is not JSON: ${body.slice(0, 200)}`);
    }
  }
  /**
   * The whole text at once; when the server gives up on it, paragraph by paragraph, and a paragraph
   * it gives up on again is skipped and counted (`skipped`), so one bad passage costs only itself.
   */
  async function parse(whole: ParseRequest): Promise<ParsedDocument> {
    // Decided on the whole text: its paragraphs, parsed one by one below, keep the same reading.
    const request = { ...whole, lineBreaksEnd: whole.lineBreaksEnd ?? lineBreaksEndSentences(whole.text) };
    try {
      return await parseOnce(request);
    } catch (error) {
      if (!(error instanceof NlpTimeoutError)) throw error;
      const paragraphs = splitParagraphs(request.text);
      const parts: { paragraph: Paragraph; parse: ParsedDocument | null }[] = [];
      for (const paragraph of paragraphs) {
        const text = request.text.slice(paragraph.start, paragraph.end);
        try {
          parts.push({ paragraph, parse: paragraphs.length > 1 ? await parseOnce({ ...request, text }) : null });
        } catch (inner) {
          if (!(inner instanceof NlpTimeoutError)) throw inner;
          parts.push({ paragraph, parse: null });
        }
      }
      return mergeParagraphParses(parts);
    }
  }
  async function parseOnce(request: ParseRequest): Promise<ParsedDocument> {
    if (request.text.trim() === '') return { sentences: [], skipped: 0 };
    const failures: string[] = [];
    const spaced = spacedLetterPeriods(request.text);
    for (let attempt = 0; attempt < urls.length; attempt++) {
      const url = urls[next++ % urls.length] as string;
      try {
        return parseOfOriginal(fromCoreNlpJson(await post(url, { ...request, text: spaced.text })), spaced.inserted);
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        // No answer at all (refused, reset, unresolvable, a port fetch will not use): try the next
        // server. An answer that is an error is the answer.
        if (error instanceof TypeError && error.message === 'fetch failed') {
          failures.push(`${url}: ${cause?.code ?? cause?.message ?? 'no answer'}`);
          continue;
        }
        if ((error as Error).name === 'TimeoutError') throw new NlpUnavailableError(`NLP server ${url} did not answer within ${timeoutMs + 5_000} ms.`);
        throw error;
      }
    }
    throw new NlpUnavailableError(`NLP server unreachable (${failures.join('; ')}). Start it with \`npm run nlp:start\` or set NLP_URL.`);
  }
  return { urls, parse };
}

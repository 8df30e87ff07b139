// HTTP client of the CoreNLP server protocol (POST /?properties={json} with the text as body),
// shared by the project's own server (nlp/) and stock CoreNLP servers named in NLP_URL. Requests
// are spread over the servers round-robin; a server that refuses the connection is skipped.
import { fromCoreNlpJson } from './corenlp-json';
import type { ParsedDocument } from './parse-types';

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

export interface NlpClientOptions {
  urls: readonly string[];
  /** Longest wait for one document's parse. */
  timeoutMs?: number;
}

export interface ParseRequest {
  text: string;
  /** Publication date (YYYY-MM-DD): relative times ("yesterday", "last month") resolve against it. */
  date?: string | null;
}

export interface NlpClient {
  urls: readonly string[];
  parse(request: ParseRequest): Promise<ParsedDocument>;
}

export function parseProperties(date: string | null | undefined, timeoutMs: number): Record<string, string> {
  const props: Record<string, string> = {
    annotators: PARSE_ANNOTATORS,
    outputFormat: 'json',
    // Hard-wrapped text is prose: one newline is a space, a blank line ends a paragraph.
    'ssplit.newlineIsSentenceBreak': 'two',
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
    const props = encodeURIComponent(JSON.stringify(parseProperties(request.date, timeoutMs)));
    const response = await fetch(`${url.replace(/\/+$/, '')}/?properties=${props}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: request.text,
      signal: AbortSignal.timeout(timeoutMs + 5_000),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`NLP server ${url} answered ${response.status}: ${body.slice(0, 300)}`);
    try {
      return JSON.parse(body);
    } catch {
      throw new Error(`NLP server ${url} answered with something that is not JSON: ${body.slice(0, 200)}`);
    }
  }
  async function parse(request: ParseRequest): Promise<ParsedDocument> {
    if (request.text.trim() === '') return { sentences: [], skipped: 0 };
    const failures: string[] = [];
    for (let attempt = 0; attempt < urls.length; attempt++) {
      const url = urls[next++ % urls.length] as string;
      try {
        return fromCoreNlpJson(await post(url, request));
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        // Connection refused or reset: try the next server. Any other failure is the answer.
        if (cause?.code === 'ECONNREFUSED' || cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET') {
          failures.push(`${url}: ${cause.code}`);
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

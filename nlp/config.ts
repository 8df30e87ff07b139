// NLP server settings from the environment, with the documented defaults (README "Configuration").
import path from 'node:path';
import { heapFromEnv, intFromEnv, localRoot, portFromEnv } from '../local-services/env';

/**
 * What the local server loads before /ready answers: the annotators the parse layer asks for
 * (PARSE_ANNOTATORS in ingest/parse/nlp-client.ts — no `ner`: the coder reads no NER tags and finds
 * time expressions itself). Other annotators load on the first request that names them.
 */
export const DEFAULT_PRELOAD = 'tokenize,ssplit,pos,lemma,depparse';

export interface NlpConfig {
  /** NLP_URL's servers; undefined means "use the project's local server, starting it if needed". */
  urls: string[] | undefined;
  local: NlpLocalConfig;
}

export interface NlpLocalConfig {
  port: number;
  /** Where the CoreNLP jars and the compiled server live (shared by all local NLP servers). */
  distDir: string;
  /** Log and pid file of this local server. */
  homeDir: string;
  heap: string;
  /** Annotation threads (requests annotated at once). */
  threads: number;
  /** Default per-request annotation timeout; a request's `timeout` property overrides it. */
  timeoutMs: number;
  /** Annotators loaded at start (comma-separated; empty: none, /ready answers at once). */
  preload: string;
}

/** NLP_URL: one URL or a comma-separated list; each must be an http(s) URL without query or fragment. */
export function parseNlpUrls(raw: string): string[] {
  const urls: string[] = [];
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw invalidUrl(raw, `${JSON.stringify(entry)} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidUrl(raw, `${JSON.stringify(entry)} is not http(s)`);
    if (url.search || url.hash) throw invalidUrl(raw, `${JSON.stringify(entry)} has a query or fragment`);
    const normalized = url.href.replace(/\/+$/, '');
    if (!urls.includes(normalized)) urls.push(normalized);
  }
  if (urls.length === 0) throw invalidUrl(raw, 'no URL in it');
  return urls;
}

function invalidUrl(raw: string, why: string): Error {
  return new Error(
    `Config: invalid NLP_URL=${JSON.stringify(raw)}: ${why}. Expecting the URL of a CoreNLP server, ` +
      'or several separated by commas, e.g. http://10.0.0.5:9000,http://10.0.0.6:9000.',
  );
}

export function nlpLocalConfig(env: NodeJS.ProcessEnv = process.env): NlpLocalConfig {
  const port = portFromEnv(env, 'NLP_LOCAL_PORT', 9010);
  const root = localRoot(env);
  return {
    port,
    distDir: path.join(root, 'corenlp-dist'),
    homeDir: path.join(root, `corenlp-${port}`),
    heap: heapFromEnv(env, 'NLP_LOCAL_HEAP', '3g'),
    threads: intFromEnv(env, 'NLP_THREADS', 2),
    timeoutMs: intFromEnv(env, 'NLP_TIMEOUT_MS', 60_000),
    preload: DEFAULT_PRELOAD,
  };
}

export function nlpConfig(env: NodeJS.ProcessEnv = process.env): NlpConfig {
  const raw = env.NLP_URL?.trim();
  return { urls: raw ? parseNlpUrls(raw) : undefined, local: nlpLocalConfig(env) };
}

export function localNlpUrl(local: Pick<NlpLocalConfig, 'port'>): string {
  return `http://127.0.0.1:${local.port}`;
}

// NLP server settings from the environment: one TypeBox schema (NLP_ENV) with the documented defaults
// (README "Configuration"), checked at start-up with every problem listed at once.
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { ConfigError, envHeap, envInt, envOptionalString, envPort, readEnv, type Env } from '../config/env-schema';
import { localRoot } from '../local-services/env';

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

/** The NLP server's variables: NLP_URL's servers, or the local server's settings. */
export const NLP_ENV = Type.Object({
  NLP_URL: envOptionalString(),
  NLP_LOCAL_PORT: envPort(9010),
  NLP_LOCAL_HEAP: envHeap('3g'),
  NLP_THREADS: envInt(2, 1),
  NLP_TIMEOUT_MS: envInt(60_000, 1),
});
type NlpEnv = Static<typeof NLP_ENV>;

/** NLP_URL: one URL or a comma-separated list; each must be an http(s) URL without query or fragment. */
export function parseNlpUrls(raw: string): string[] {
  const { urls, problem } = nlpUrls(raw);
  if (problem) throw new ConfigError([problem]);
  return urls;
}

function nlpUrls(raw: string): { urls: string[]; problem?: string } {
  const urls: string[] = [];
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      return { urls, problem: invalidUrl(raw, `${JSON.stringify(entry)} is not a URL`) };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { urls, problem: invalidUrl(raw, `${JSON.stringify(entry)} is not http(s)`) };
    if (url.search || url.hash) return { urls, problem: invalidUrl(raw, `${JSON.stringify(entry)} has a query or fragment`) };
    const normalized = url.href.replace(/\/+$/, '');
    if (!urls.includes(normalized)) urls.push(normalized);
  }
  return urls.length === 0 ? { urls, problem: invalidUrl(raw, 'no URL in it') } : { urls };
}

function invalidUrl(raw: string, why: string): string {
  return (
    `invalid NLP_URL=${JSON.stringify(raw)}: ${why}. Expecting the URL of a CoreNLP server, ` +
    'or several separated by commas, e.g. http://10.0.0.5:9000,http://10.0.0.6:9000.'
  );
}

/** What a schema cannot say about NLP_URL: each entry's shape. */
const checkUrls = (values: NlpEnv): string[] => {
  const problem = values.NLP_URL === undefined ? undefined : nlpUrls(values.NLP_URL).problem;
  return problem ? [problem] : [];
};

function nlpLocalConfigFrom(values: NlpEnv, env: Env): NlpLocalConfig {
  const root = localRoot(env);
  return {
    port: values.NLP_LOCAL_PORT,
    distDir: path.join(root, 'corenlp-dist'),
    homeDir: path.join(root, `corenlp-${values.NLP_LOCAL_PORT}`),
    heap: values.NLP_LOCAL_HEAP,
    threads: values.NLP_THREADS,
    timeoutMs: values.NLP_TIMEOUT_MS,
    preload: DEFAULT_PRELOAD,
  };
}

export function nlpLocalConfig(env: Env = process.env): NlpLocalConfig {
  return nlpLocalConfigFrom(readEnv(NLP_ENV, env, checkUrls), env);
}

export function nlpConfigFrom(values: NlpEnv, env: Env): NlpConfig {
  return { urls: values.NLP_URL === undefined ? undefined : nlpUrls(values.NLP_URL).urls, local: nlpLocalConfigFrom(values, env) };
}

export function nlpConfig(env: Env = process.env): NlpConfig {
  return nlpConfigFrom(readEnv(NLP_ENV, env, checkUrls), env);
}

/** NLP_URL's check, for a process that reads several parts' variables at once. */
export const NLP_EXTRA_CHECKS = checkUrls;

export function localNlpUrl(local: Pick<NlpLocalConfig, 'port'>): string {
  return `http://127.0.0.1:${local.port}`;
}

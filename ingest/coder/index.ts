// The coder as an extractor: parse with the NLP server(s), then code the parse. `createCoder()`
// finds its servers from NLP_URL or starts the project's local server.
import type { DocumentExtraction } from '../../shared/contract';
import type { ExtractInput } from '../extract/extractor';
import type { CameoVerbs, DependencyVocabulary } from './trigger-lexicon';
import agentsData from '../lexicon/agents.json';
import cameoVerbs from '../lexicon/cameo-verbs.json';
import dependencyVocabulary from '../lexicon/dependency-vocabulary.json';
import { ensureNlp } from '../../nlp/ensure';
import { defaultResources, type ExtractorResources } from '../extract/resources';
import { createNlpClient, type NlpClient } from '../parse/nlp-client';
import { createDocumentCoder, CODER_VERSION, type AgentNoun } from './coder';

export { CODER_VERSION, createDocumentCoder } from './coder';

export interface Coder {
  version: string;
  /** Documents in flight at once: two per server keeps a 2-thread CoreNLP server busy. */
  concurrency: number;
  extract(input: ExtractInput): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

export async function createCoder(
  // `resources`: the loader's hook to run on a gazetteer with analysts' learned names (review/learned-gazetteer.ts).
  options: { client?: NlpClient; urls?: string[]; log?: (message: string) => void; resources?: ExtractorResources } = {},
): Promise<Coder> {
  const urls = options.urls ?? (await ensureNlp());
  const client = options.client ?? createNlpClient({ urls });
  const coder = createDocumentCoder(options.resources ?? defaultResources(), dependencyVocabulary as DependencyVocabulary, (agentsData as { agents: AgentNoun[] }).agents, cameoVerbs as CameoVerbs);
  return {
    version: CODER_VERSION,
    concurrency: 2 * client.urls.length,
    async extract(input) {
      const parse = await client.parse({ text: input.text, date: input.meta.published });
      if (parse.skipped > 0) options.log?.(`${input.meta.id}: the parser gave up on ${parse.skipped} sentence(s) or paragraph(s) (too long or timed out); they are not coded.`);
      return coder.code(input, parse);
    },
    async close() {},
  };
}

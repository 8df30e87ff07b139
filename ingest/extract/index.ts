// Public API of the pure extraction core (no I/O): createExtractor() with the default gazetteer
// and lexicon, or with resources passed in.
export { EXTRACTOR_VERSION, createExtractor } from './extractor';
export type { ExtractInput, Extractor } from './extractor';
export type { ExtractorResources } from './resources';
export { defaultResources } from './resources';

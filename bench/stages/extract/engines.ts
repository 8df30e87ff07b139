// The text engines the extraction benchmark compares: the project's extractor (the dependency coder,
// parsing on the NLP server of NLP_URL or the local one) and the general NLP libraries a user might
// pick instead (sentence splitting + named-entity spotting only).
import type { DocumentMeta } from '../../../shared/contract';

export const ENGINES = ['actorscope', 'wink-nlp', 'compromise'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface EngineInput {
  meta: DocumentMeta;
  text: string;
}

/** Runs one article; returns how many items it found (claims, or entities for the peers). */
export type Engine = ((input: EngineInput) => number | Promise<number>) & { concurrency?: number };

export async function loadEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'actorscope': {
      const { defaultExtractor } = await import('../../../ingest/load/extractor');
      const extractor = await defaultExtractor();
      // Articles in flight at once, so every NLP server thread is busy.
      return Object.assign(async (input: EngineInput) => (await extractor.extract(input)).claims.length, { concurrency: extractor.concurrency ?? 1 });
    }
    case 'wink-nlp': {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      return ({ text }) => {
        const doc = nlp.readDoc(text);
        return doc.sentences().length() + doc.entities().out(its.detail).length;
      };
    }
    case 'compromise': {
      const { default: nlp } = await import('compromise');
      return ({ text }) => {
        const doc = nlp(text);
        return doc.sentences().length + doc.people().length + doc.places().length + doc.organizations().length;
      };
    }
  }
}

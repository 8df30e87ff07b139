// Scores extractions of the seed articles against the gold annotation: relations with and without
// year (overall and per type), actor mentions, negated claims loaded as positive. Pure.
import type { Claim, DocumentExtraction } from '../../shared/contract';
import type { Gold, GoldRelation } from './gold-file';
import { keyWithYear, keyWithoutYear, negatedLoadedAsPositive, type RelationTuple } from './relation-tuples';
import { compareSets, compareSetsByGroup, type Prf, type SetComparison } from './score';

/** An extracted claim reduced to what is scored, keeping its evidence sentence. */
export interface ExtractedRelation extends RelationTuple {
  sentence: string;
  modality: Claim['modality'];
}

export interface Mention {
  doc: string;
  actor: string;
}

export interface YearMismatch {
  key: string;
  goldYears: (number | null)[];
  extractedYears: (number | null)[];
  sentence: string;
}

export interface SeedEvaluation {
  documents: number;
  withYear: SetComparison<GoldRelation, ExtractedRelation>;
  withoutYear: SetComparison<GoldRelation, ExtractedRelation>;
  perType: { type: string; withYear: Prf; withoutYear: Prf }[];
  mentions: SetComparison<Mention, Mention>;
  /** Relations found without year whose year differs from every gold year. */
  yearMismatches: YearMismatch[];
  negatedAsPositive: ExtractedRelation[];
}

/**
 * A discovered actor ("d-hamdullah-mohib") is scored under its name's slug, the id a gold file gives
 * an actor the gazetteer lacks ("hamdullah-mohib").
 */
export function goldId(actorId: string): string {
  return actorId.startsWith('d-') ? actorId.slice(2) : actorId;
}

/** The extractor's claims of one document as scored tuples; `doc` is the article id, not trusted from claims. */
export function relationsOf(docId: string, extraction: DocumentExtraction): ExtractedRelation[] {
  return extraction.claims.map((claim) => ({
    doc: docId,
    source: goldId(claim.source),
    type: claim.type,
    target: goldId(claim.target),
    year: claim.year,
    negated: claim.negated,
    modality: claim.modality,
    sentence: claim.sentence,
  }));
}

export function mentionsOf(docId: string, extraction: DocumentExtraction): Mention[] {
  return extraction.mentions.map((mention) => ({ doc: docId, actor: goldId(mention.actor) }));
}

const mentionKey = (m: Mention) => `${m.doc}|${m.actor}`;

export function evaluateSeeds(gold: Gold, extractions: ReadonlyMap<string, DocumentExtraction>): SeedEvaluation {
  for (const doc of gold.mentions.keys()) {
    if (!extractions.has(doc)) throw new Error(`seed eval: no extraction for gold document "${doc}".`);
  }
  const docs = [...gold.mentions.keys()];
  const extracted = docs.flatMap((doc) => relationsOf(doc, extractions.get(doc) as DocumentExtraction));
  const goldMentions = docs.flatMap((doc) => [...(gold.mentions.get(doc) ?? [])].map((actor) => ({ doc, actor })));
  const extractedMentions = docs.flatMap((doc) => mentionsOf(doc, extractions.get(doc) as DocumentExtraction));

  const types = [...new Set([...gold.relations.map((r) => r.type), ...extracted.map((r) => r.type)])].sort();
  const byType = (key: (t: RelationTuple) => string) =>
    compareSetsByGroup(gold.relations, extracted, key, key, (r) => r.type, (r) => r.type);
  const perTypeWithYear = byType(keyWithYear);
  const perTypeWithoutYear = byType(keyWithoutYear);

  const withoutYear = compareSets(gold.relations, extracted, keyWithoutYear, keyWithoutYear);
  return {
    documents: docs.length,
    withYear: compareSets(gold.relations, extracted, keyWithYear, keyWithYear),
    withoutYear,
    perType: types.map((type) => ({
      type,
      withYear: perTypeWithYear.get(type) as Prf,
      withoutYear: perTypeWithoutYear.get(type) as Prf,
    })),
    mentions: compareSets(goldMentions, extractedMentions, mentionKey, mentionKey),
    yearMismatches: yearMismatches(withoutYear.matched, gold.relations, extracted),
    negatedAsPositive: negatedLoadedAsPositive(gold.relations, extracted),
  };
}

function yearMismatches(matchedKeys: string[], gold: GoldRelation[], extracted: ExtractedRelation[]): YearMismatch[] {
  const out: YearMismatch[] = [];
  for (const key of matchedKeys) {
    const goldItems = gold.filter((g) => keyWithoutYear(g) === key);
    const extractedItems = extracted.filter((e) => keyWithoutYear(e) === key);
    const goldYears = [...new Set(goldItems.map((g) => g.year))];
    const extractedYears = [...new Set(extractedItems.map((e) => e.year))];
    const wrong = extractedItems.find((e) => !goldYears.includes(e.year));
    if (wrong) out.push({ key, goldYears, extractedYears, sentence: wrong.sentence });
  }
  return out;
}

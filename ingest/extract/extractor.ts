// The extraction pipeline: normalise → sentences → mentions (gazetteer, discovered organisations,
// titled people, surnames, acronyms) → roles → per sentence: coreference, clauses, triggers,
// claims → the DocumentExtraction the loader writes.
import { publicationYear, type Claim, type DocumentExtraction, type DocumentMeta, type Mention } from '../../shared/contract';
import type { ExtractorResources } from './resources';
import type { FoundMention } from './mention-types';
import type { RawClaim, RelationCues } from './relations';
import type { SentenceContext } from './sentence-context';
import type { YearMention } from './time';
import type { Token } from './tokenize';
import { assembleExtraction, claimSink } from './assemble';
import { analyseClauses } from './clauses';
import { compileCoref, resolveCoref, resolveReportedPronouns } from './coref';
import { compileLexicon, phraseSet, verbForms } from './lexicon';
import { createMentionFinder, type MentionFinder, type MentionLayer, type SentenceSpan } from './mention-layer';
import { toOriginalSpan } from './normalize';
import { compoundRelations, extractRelations, findTriggers } from './relations';
import { defaultResources, validateResources } from './resources';
import { findYears, pickYear } from './time';
import { lowerKey } from './token-trie';


export const EXTRACTOR_VERSION = 'rules-1.3.2';

export interface ExtractInput {
  meta: DocumentMeta;
  text: string;
  /** The text's content hash when the caller took it already (the loader, the worker); else taken here. */
  sha256?: string;
}

export interface Extractor {
  version: string;
  extract(input: ExtractInput): DocumentExtraction;
  /** The relation stage over mentions found already (the coder passes the parser's sentences). */
  extractFromMentions(input: ExtractInput, layer: MentionLayer): DocumentExtraction;
  findMentions: MentionFinder['find'];
}

export function checkInput({ meta, text }: ExtractInput): void {
  if (typeof text !== 'string') throw new Error(`Extractor: \`text\` of document "${meta?.id}" must be a string.`);
  if (!meta || typeof meta.id !== 'string' || meta.id.length === 0) throw new Error('Extractor: `meta.id` must be a non-empty string.');
}

/** The publication date when it is a YYYY-MM-DD string, else null. */
export function validPublished(published: string | null | undefined): string | null {
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
}


export function createExtractor(resources: ExtractorResources = defaultResources()): Extractor {
  validateResources(resources);
  const finder = createMentionFinder(resources);
  const triggers = compileLexicon(resources.lexicon);
  const coref = compileCoref(resources.cues.coref);
  const lightVerbs = new Set<string>();
  for (const v of resources.lexicon.lightVerbs) for (const f of verbForms(v, resources.lexicon.irregular)) lightVerbs.add(f);
  const cues: RelationCues = {
    negation: phraseSet(resources.cues.negation),
    negationBreakers: phraseSet(resources.cues.negationBreakers),
    speculative: phraseSet(resources.cues.speculative),
    proposed: phraseSet(resources.cues.proposed),
    commissive: phraseSet(resources.cues.commissive),
    agreeing: phraseSet(resources.cues.commissive.filter((c) => c !== 'will')),
    prepositions: new Set(resources.cues.prepositions),
    determiners: new Set(resources.cues.determiners),
    lightVerbs,
    symmetric: new Set(resources.lexicon.symmetric),
    beForms: new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s"]),
    contentNouns: new Set(resources.cues.contentNouns),
  };
  const clauseLex = {
    subordinators: new Set(resources.cues.subordinators),
    relativeStarts: new Set(resources.cues.relativeStarts),
    reporting: new Set(resources.cues.reporting.filter((r) => !r.includes(' '))),
    prepositions: new Set(resources.cues.prepositions),
  };
  function extract(input: ExtractInput): DocumentExtraction {
    checkInput(input);
    return extractFromMentions(input, finder.find(input.text, validPublished(input.meta.published)));
  }

  function extractFromMentions({ meta, text, sha256 }: ExtractInput, layer: MentionLayer): DocumentExtraction {
    const published = validPublished(meta.published);
    const { norm, tokens, sentences, mentions, registry, roleEdges, speakerOrg, titleTokens, taken, docSpan } = layer;
    const yearCache = new Map<SentenceSpan, YearMention[]>();
    const yearsOf = (s: SentenceSpan): YearMention[] => {
      let ys = yearCache.get(s);
      if (!ys) {
        ys = findYears(norm.text.slice(s.start, s.end), published).map((y) => ({ ...y, start: y.start + s.start, end: y.end + s.start }));
        yearCache.set(s, ys);
      }
      return ys;
    };
    // Claims, sentence by sentence.
    const raw: { claim: RawClaim; sentence: SentenceSpan; years: YearMention[]; coref: boolean }[] = [];
    let mi = 0;
    const sentMentions: FoundMention[][] = [];
    for (const s of sentences) {
      const own: FoundMention[] = [];
      while (mi < mentions.length && (mentions[mi] as FoundMention).ts < s.t1) {
        if ((mentions[mi] as FoundMention).ts >= s.t0) own.push(mentions[mi] as FoundMention);
        mi++;
      }
      sentMentions.push(own);
    }
    const localTaken = new Uint8Array(tokens.length + 1);
    // Cheap pre-check: a sentence with no trigger word at all yields no event claim.
    const hasTrigger = (s: SentenceSpan): boolean => {
      for (let k = s.t0; k < s.t1; k++) if (!taken[k] && triggers.longest(tokens, k, s.t1, lowerKey)) return true;
      return false;
    };
    sentences.forEach((s, si) => {
      const base = sentMentions[si] as FoundMention[];
      if (!hasTrigger(s)) return;
      const context = [...(sentMentions[si - 3] ?? []), ...(sentMentions[si - 2] ?? []), ...(sentMentions[si - 1] ?? []), ...base];
      const corefs = resolveCoref(coref, tokens, s.t0, s.t1, context, taken, registry);
      corefs.push(...resolveReportedPronouns(tokens, s.t0, s.t1, base, taken, clauseLex.reporting, registry));
      const own = corefs.length > 0 ? [...base, ...corefs].sort((a, b) => a.ts - b.ts) : [...base];
      const startAt = new Map<number, FoundMention>();
      const endAt = new Map<number, FoundMention>();
      localTaken.fill(0, s.t0, s.t1 + 1);
      for (const m of own) {
        startAt.set(m.ts, m);
        endAt.set(m.te, m);
        for (let k = m.ts; k < m.te; k++) localTaken[k] = 1;
      }
      const ctx: SentenceContext = { tokens, s0: s.t0, s1: s.t1, mentions: own, startAt, endAt, taken: localTaken, clauses: { clause: new Int32Array(0), frame: new Uint8Array(0), relativeHead: new Map(), reported: false }, registry, speakerOrg, titleTokens };
      const trig = findTriggers(ctx, triggers, cues);
      const trigStarts = new Set(trig.filter((t) => t.spec.pos !== 'attribution').map((t) => t.ts - s.t0));
      ctx.clauses = analyseClauses(tokens.slice(s.t0, s.t1), clauseLex, (k) => trigStarts.has(k), (k) => startAt.has(k + s.t0), (k) => localTaken[k + s.t0] === 1);
      ctx.speaker = speakerOf(ctx);
      if (ctx.speaker) addWe(ctx, ctx.speaker);
      const claims = [...extractRelations(ctx, trig, cues), ...compoundRelations(ctx)];
      if (claims.length === 0) return;
      const years = yearsOf(s);
      for (const c of claims) raw.push({ claim: c, sentence: s, years, coref: c.source.kind === 'coref' || c.target.kind === 'coref' });
    });

    const sink = claimSink(meta, EXTRACTOR_VERSION);
    const push = sink.push;
    const publishedYear = publicationYear(published);
    const yearOf = (years: YearMention[], pos: number, clauseFrom: number, clauseTo: number): { year: number | null; yearRule: Claim['yearRule'] } => {
      // Only a date in the event's own clause dates it; otherwise the publication year.
      const y = pickYear(years.filter((m) => m.start >= clauseFrom && m.end <= clauseTo), pos, clauseFrom, clauseTo);
      if (y) return { year: y.year, yearRule: y.rule };
      return { year: publishedYear, yearRule: 'publication-fallback' };
    };
    for (const { claim, sentence, years, coref: usedCoref } of raw) {
      const [sentenceStart, sentenceEnd] = toOriginalSpan(norm, sentence.start, sentence.end);
      const [triggerStart, triggerEnd] = docSpan(claim.trigger.ts, claim.trigger.te);
      const [sourceStart, sourceEnd] = docSpan(claim.source.ts, claim.source.te);
      const [targetStart, targetEnd] = docSpan(claim.target.ts, claim.target.te);
      const target = claim.type === 'VISITED' && claim.target.place ? claim.target.place : claim.target.actor;
      const pos = (tokens[claim.trigger.ts] as Token).start;
      const clauseFrom = (tokens[claim.clauseFrom] as Token).start;
      const clauseTo = (tokens[claim.clauseTo - 1] as Token).end;
      const { year, yearRule } = yearOf(years, pos, clauseFrom, clauseTo);
      let confidence = claim.strength - Math.min(0.3, Math.max(0, claim.distance - 2) * 0.04);
      if (claim.loose) confidence -= 0.15;
      if (usedCoref) confidence -= 0.15;
      if (['demonym', 'metonym', 'era', 'surname'].includes(claim.source.kind) || ['demonym', 'metonym', 'era', 'surname'].includes(claim.target.kind)) confidence -= 0.05;
      if (yearRule === 'publication-fallback') confidence -= 0.05;
      if (yearRule === 'decade') confidence -= 0.03;
      push({
        source: claim.source.actor, target, type: claim.type, year, yearRule, sentence: text.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd,
        trigger: text.slice(triggerStart, triggerEnd), triggerStart, triggerEnd, sourceStart, sourceEnd, targetStart, targetEnd,
        negated: claim.negated, modality: claim.modality, confidence: round(confidence),
      });
    }
    for (const { edge, sentence } of roleEdges) {
      const [sentenceStart, sentenceEnd] = toOriginalSpan(norm, sentence.start, sentence.end);
      const [triggerStart, triggerEnd] = docSpan(edge.ts, edge.te);
      const [sourceStart, sourceEnd] = docSpan(edge.person.ts, edge.person.te);
      const [targetStart, targetEnd] = docSpan(edge.org.ts, edge.org.te);
      const years = yearsOf(sentence);
      const { year, yearRule } = yearOf(years, (tokens[edge.ts] as Token).start, sentence.start, sentence.end);
      push({
        source: edge.person.actor, target: edge.org.actor, type: edge.type, year, yearRule, sentence: text.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd,
        trigger: text.slice(triggerStart, triggerEnd), triggerStart, triggerEnd, sourceStart, sourceEnd, targetStart, targetEnd,
        negated: false, modality: 'asserted', confidence: round(edge.person.kind === 'discovered' ? 0.75 : 0.85),
      });
    }

    const mentionsOut: Mention[] = [];
    for (const m of mentions) {
      const [start, end] = docSpan(m.ts, m.te);
      mentionsOut.push({ actor: m.actor, text: text.slice(start, end), start, end });
    }
    return assembleExtraction(meta, text, mentionsOut, sink.claims, registry, sha256);
  }

  return { version: EXTRACTOR_VERSION, extract, extractFromMentions, findMentions: finder.find };
}

/** The actor speaking in the sentence's reporting frame: a spokesman's organisation, else an organisation. */
function speakerOf(ctx: SentenceContext): FoundMention | null {
  let fallback: FoundMention | null = null;
  for (const m of ctx.mentions) {
    if (!ctx.clauses.frame[m.ts - ctx.s0] || m.actor === '') continue;
    const info = ctx.registry.get(m.actor);
    if (!info || info.media) continue;
    const org = ctx.speakerOrg.get(m.actor);
    // A spokesman (or an organisation named in a spokesman's title) speaks for the organisation.
    if (org) return { ...m, actor: org, kind: 'coref' };
    if (m.attached) fallback ??= { ...m, kind: 'coref' };
    else if (info.type !== 'person') fallback ??= m;
  }
  return fallback;
}

/** "We" in a quote is the speaker's side: '"We can tackle Daesh," the Taliban spokesman said'. */
function addWe(ctx: SentenceContext, speaker: FoundMention): void {
  let added = false;
  for (let k = ctx.s0; k < ctx.s1; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.lower !== 'we' || ctx.taken[k] || ctx.clauses.frame[k - ctx.s0]) continue;
    const m: FoundMention = { actor: speaker.actor, kind: 'coref', ts: k, te: k + 1 };
    ctx.mentions.push(m);
    ctx.startAt.set(k, m);
    ctx.endAt.set(k + 1, m);
    added = true;
  }
  if (added) ctx.mentions.sort((a, b) => a.ts - b.ts);
}

function round(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;
}

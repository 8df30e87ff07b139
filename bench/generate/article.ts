// One synthetic article: seed-style prose with planted claims whose offsets are known. Article i
// depends only on (seed, i, actors), so workers and sizes can be generated independently.
import type { DocumentMeta } from '../../shared/contract';
import type { Modality, RelationType, YearRule } from '../../shared/vocabulary';
import type { BenchActor } from './actors';
import { createRng, hashSeed, type Rng } from './prng';
import framesData from './sentence-frames.json';
import formsData from './trigger-forms.json';

export type SentenceShape = 'active' | 'passive' | 'coordination' | 'negation' | 'modal' | 'reported' | 'role';

interface TriggerForms {
  past?: string[];
  perfect?: string[];
  base?: string[];
  passive?: string[];
  appositive?: string[];
}

const FORMS = formsData.types as Record<RelationType, TriggerForms>;
const FRAMES = framesData as unknown as Record<SentenceShape | 'filler', string[]> & { publishers: string[]; cities: string[] };
const EVENT_TYPES = (Object.keys(FORMS) as RelationType[]).filter((t) => FORMS[t].past);
const ROLE_TYPES = (Object.keys(FORMS) as RelationType[]).filter((t) => FORMS[t].appositive);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Span {
  start: number;
  end: number;
}

export interface PlantedMention extends Span {
  actor: string;
  text: string;
}

export interface PlantedClaim {
  source: string;
  target: string;
  type: RelationType;
  shape: SentenceShape;
  year: number;
  yearRule: YearRule;
  negated: boolean;
  modality: Modality;
  sentence: Span;
  trigger: Span;
  sourceSpan: Span;
  targetSpan: Span;
}

export interface BenchArticle {
  meta: DocumentMeta;
  text: string;
  mentions: PlantedMention[];
  claims: PlantedClaim[];
}

export interface ArticleOptions {
  seed: number;
  /** Target length in characters (the article stops at the first paragraph end past it). */
  targetChars?: number;
  /** Mean planted claims per article. */
  claimsPerArticle?: number;
}

interface Slots {
  S?: BenchActor;
  S2?: BenchActor;
  T?: BenchActor;
  A?: BenchActor;
  B?: BenchActor;
  V?: string;
  DATE?: string;
  PUB?: string;
  CITY?: string;
}

interface Rendered {
  text: string;
  spans: Partial<Record<keyof Slots, Span>>;
  mentions: PlantedMention[];
}

/** Fills a frame's {SLOTS}, recording where each slot landed relative to `offset`. */
function render(frame: string, slots: Slots, offset: number, rng: Rng): Rendered {
  const spans: Rendered['spans'] = {};
  const mentions: PlantedMention[] = [];
  let text = '';
  const re = /\{(S2|S|T|A|B|V|DATE|PUB|CITY)\}/g;
  let last = 0;
  for (let m = re.exec(frame); m; m = re.exec(frame)) {
    text += frame.slice(last, m.index);
    const slot = m[1] as keyof Slots;
    const value = slots[slot];
    if (value === undefined) throw new Error(`article: frame "${frame}" needs slot {${slot}}.`);
    let surface = typeof value === 'string' ? value : rng.pick([value.name, value.name, ...value.aliases]);
    // A frame that opens with a slot must still open with a capital letter.
    if (m.index === 0) surface = surface.charAt(0).toUpperCase() + surface.slice(1);
    const start = offset + text.length;
    text += surface;
    spans[slot] = { start, end: start + surface.length };
    if (typeof value !== 'string') mentions.push({ actor: value.id, text: surface, start, end: start + surface.length });
    last = m.index + m[0].length;
  }
  text += frame.slice(last);
  return { text, spans, mentions };
}

function datePhrase(rng: Rng, published: number): { phrase: string; year: number; rule: YearRule } {
  const roll = rng.int(0, 9);
  if (roll < 4) {
    const year = published - rng.int(0, 3);
    return { phrase: `in ${rng.pick(MONTHS)} ${year}`, year, rule: 'explicit' };
  }
  if (roll < 6) {
    const year = published - rng.int(0, 2);
    return { phrase: `on ${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${year}`, year, rule: 'explicit' };
  }
  if (roll < 8) return { phrase: 'last year', year: published - 1, rule: 'relative' };
  return { phrase: 'earlier this year', year: published, rule: 'relative' };
}

function distinctActor(actors: readonly BenchActor[], rng: Rng, not: BenchActor[]): BenchActor {
  for (let i = 0; i < 20; i++) {
    const a = rng.pickSkewed(actors);
    if (!not.some((n) => n.id === a.id)) return a;
  }
  const fallback = actors.find((a) => !not.some((n) => n.id === a.id));
  if (!fallback) throw new Error('article: need at least 3 distinct actors.');
  return fallback;
}

const SHAPE_WEIGHTS: Array<[SentenceShape, number]> = [
  ['active', 30], ['passive', 15], ['coordination', 12], ['negation', 12], ['modal', 10], ['reported', 13], ['role', 8],
];

function pickShape(rng: Rng): SentenceShape {
  let roll = rng.int(0, 99);
  for (const [shape, weight] of SHAPE_WEIGHTS) {
    if (roll < weight) return shape;
    roll -= weight;
  }
  return 'active';
}

function claimSentence(actors: readonly BenchActor[], rng: Rng, offset: number, published: number): { rendered: Rendered; claims: PlantedClaim[] } {
  const shape = pickShape(rng);
  const type = shape === 'role' ? rng.pick(ROLE_TYPES) : rng.pick(EVENT_TYPES);
  const forms = FORMS[type];
  const people = actors.filter((a) => a.type === 'person');
  const S = shape === 'role' && people.length > 0 ? rng.pickSkewed(people) : rng.pickSkewed(actors);
  const T = distinctActor(actors, rng, [S]);
  const S2 = distinctActor(actors, rng, [S, T]);
  const date = datePhrase(rng, published);
  const formList =
    shape === 'role' ? forms.appositive
    : shape === 'passive' ? forms.passive ?? forms.past
    : shape === 'coordination' ? forms.perfect
    : shape === 'negation' || shape === 'modal' ? forms.base
    : forms.past;
  const verb = rng.pick(formList ?? []);
  // A type without a passive form is written actively; the frame decides argument order.
  const effectiveShape: SentenceShape = shape === 'passive' && !forms.passive ? 'active' : shape;
  const frame = rng.pick(FRAMES[effectiveShape]);
  const rendered = render(frame, { S, S2, T, V: verb, DATE: date.phrase, PUB: rng.pick(FRAMES.publishers) }, offset, rng);
  const sentence = { start: offset, end: offset + rendered.text.length };
  const modality: Modality = shape === 'modal' ? 'proposed' : shape === 'reported' ? 'reported' : 'asserted';
  // A frame without a date phrase leaves only the publication year (as the extractor would).
  const dated = rendered.spans.DATE !== undefined;
  const base = { type, shape, year: dated ? date.year : published, yearRule: dated ? date.rule : ('publication-fallback' as YearRule), negated: shape === 'negation', modality, sentence, trigger: rendered.spans.V as Span };
  const claims: PlantedClaim[] = [
    { ...base, source: S.id, target: T.id, sourceSpan: rendered.spans.S as Span, targetSpan: rendered.spans.T as Span },
  ];
  if (rendered.spans.S2) claims.push({ ...base, source: S2.id, target: T.id, sourceSpan: rendered.spans.S2, targetSpan: rendered.spans.T as Span });
  return { rendered, claims };
}

function fillerSentence(actors: readonly BenchActor[], rng: Rng, offset: number): Rendered {
  const A = rng.pickSkewed(actors);
  const B = distinctActor(actors, rng, [A]);
  return render(rng.pick(FRAMES.filler), { A, B, CITY: rng.pick(FRAMES.cities) }, offset, rng);
}

/** Article `index` of the corpus defined by `options.seed` over `actors`. */
export function generateArticle(index: number, actors: readonly BenchActor[], options: ArticleOptions): BenchArticle {
  if (actors.length < 3) throw new Error(`generateArticle: need at least 3 actors, got ${actors.length}.`);
  const rng = createRng(hashSeed(options.seed, 'article', index));
  const targetChars = options.targetChars ?? 5000;
  const meanClaims = options.claimsPerArticle ?? 10;
  const published = rng.int(2021, 2025);
  const publisher = rng.pick(FRAMES.publishers);
  // Claim sentences are spread evenly between filler sentences up to the target length.
  const plannedClaimSentences = Math.max(1, Math.round(meanClaims * (0.6 + rng.next() * 0.8) * 0.92));
  const approxSentences = Math.max(plannedClaimSentences + 1, Math.round(targetChars / 125));
  const claimEvery = approxSentences / plannedClaimSentences;

  let text = '';
  const mentions: PlantedMention[] = [];
  const claims: PlantedClaim[] = [];
  let sentenceIndex = 0;
  let claimSentences = 0;
  let inParagraph = 0;
  while (text.length < targetChars || inParagraph > 0) {
    if (text.length > 0) text += inParagraph === 0 ? '\n\n' : ' ';
    const wantClaim = claimSentences < plannedClaimSentences && sentenceIndex >= claimSentences * claimEvery;
    if (wantClaim) {
      const { rendered, claims: planted } = claimSentence(actors, rng, text.length, published);
      text += rendered.text;
      mentions.push(...rendered.mentions);
      claims.push(...planted);
      claimSentences++;
    } else {
      const rendered = fillerSentence(actors, rng, text.length);
      text += rendered.text;
      mentions.push(...rendered.mentions);
    }
    sentenceIndex++;
    inParagraph = (inParagraph + 1) % rng.int(3, 5);
    if (text.length > targetChars * 1.5) break;
  }
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const id = `bench-${options.seed}-${String(index).padStart(6, '0')}`;
  return {
    meta: { id, title: `Synthetic report ${index}`, publisher, author: null, published: `${published}-${month}-${day}`, url: null, language: 'en' },
    text,
    mentions,
    claims,
  };
}

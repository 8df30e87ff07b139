// Fixture extractor for loader and worker tests that must not depend on the real extractor: a tiny
// gazetteer and trigger list, deterministic claim ids, the same signature as ingest/extract.
import { createHash } from 'node:crypto';
import { publicationYear, type Actor, type Claim, type DocumentExtraction, type DocumentMeta, type Mention } from '../../shared/contract';
import type { RelationType } from '../../shared/vocabulary';
import type { ArticleExtractor } from '../../ingest/load/extractor';

export const FIXTURE_ACTORS: Actor[] = [
  { id: 'united-states', name: 'United States', type: 'state', aliases: ['US'], discovered: false },
  { id: 'pakistan', name: 'Pakistan', type: 'state', aliases: [], discovered: false },
  { id: 'taliban', name: 'Taliban', type: 'armed_group', aliases: [], discovered: false },
  { id: 'iskp', name: 'ISKP', type: 'armed_group', aliases: ['ISIS-K'], discovered: false },
  { id: 'cia', name: 'CIA', type: 'agency', aliases: [], discovered: false },
];

const TRIGGERS: Array<[string, RelationType]> = [
  ['attacked', 'ATTACKED'],
  ['met with', 'MET_WITH'],
  ['visited', 'VISITED'],
  ['supports', 'SUPPORTS'],
  ['warned', 'WARNED'],
];

/** Text that makes the fixture extractor emit a claim Neo4j refuses to store (a map-valued property). */
export const POISON = 'POISON';

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

export function fixtureExtract(meta: DocumentMeta, text: string, version = 'fixture-1'): DocumentExtraction {
  const mentions: Mention[] = [];
  for (const actor of FIXTURE_ACTORS) {
    for (const name of [actor.name, ...actor.aliases]) {
      for (const start of findAll(text, name)) mentions.push({ actor: actor.id, text: name, start, end: start + name.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const found = new Set(mentions.map((m) => m.actor));
  const actors = FIXTURE_ACTORS.filter((a) => found.has(a.id));
  const year = publicationYear(meta.published);

  const claims: Claim[] = [];
  for (const s of text.matchAll(/[^.!?]+[.!?]*/g)) {
    const sentenceStart = s.index;
    const sentence = s[0];
    const sentenceEnd = sentenceStart + sentence.length;
    for (const [word, type] of TRIGGERS) {
      for (const offset of findAll(sentence, word)) {
        const triggerStart = sentenceStart + offset;
        const triggerEnd = triggerStart + word.length;
        const inSentence = mentions.filter((m) => m.start >= sentenceStart && m.end <= sentenceEnd);
        const source = inSentence.filter((m) => m.end <= triggerStart).at(-1);
        const target = inSentence.find((m) => m.start >= triggerEnd);
        if (!source || !target || source.actor === target.actor) continue;
        const claimId = createHash('sha256').update(`${meta.id}|${triggerStart}|${type}|${source.actor}|${target.actor}`).digest('hex').slice(0, 16);
        claims.push({
          claimId, source: source.actor, target: target.actor, type, year,
          yearRule: 'publication-fallback', doc: meta.id, publisher: meta.publisher,
          sentence: sentence.trim(), sentenceStart, sentenceEnd,
          trigger: word, triggerStart, triggerEnd,
          sourceStart: source.start, sourceEnd: source.end, targetStart: target.start, targetEnd: target.end,
          negated: false, modality: 'asserted', confidence: 0.9, weight: 1, extractorVersion: version,
        });
      }
    }
  }
  if (text.includes(POISON) && claims[0]) {
    (claims[0] as unknown as Record<string, unknown>).confidence = { not: 'storable' };
  }
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { document: meta, text, sha256, actors, mentions, claims };
}

export function fixtureExtractor(version = 'fixture-1'): ArticleExtractor {
  return { version, extract: ({ meta, text }) => fixtureExtract(meta, text, version) };
}

/** An article text with `n` claims of distinct sentences, different for each `seed`. */
export function fixtureArticle(seed: number, n = 3): string {
  const pairs = [
    'The United States attacked ISKP',
    'Pakistan met with the Taliban',
    'The CIA visited Pakistan',
    'The Taliban warned the United States',
    'Pakistan supports the Taliban',
  ];
  return Array.from({ length: n }, (_, i) => `${pairs[(seed + i) % pairs.length]} in report ${seed}-${i}.`).join(' ');
}

export function meta(id: string, extra: Partial<DocumentMeta> = {}): DocumentMeta {
  return { id, title: null, publisher: null, author: null, published: null, url: null, language: null, ...extra };
}

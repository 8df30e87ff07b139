// Deterministic synthetic extractions for reliability tests: every field of the contract filled,
// with unicode, negations, null years and several relation types, written by the real loader.
import { createHash } from 'node:crypto';
import type { Actor, Claim, DocumentExtraction, Mention } from '../../../shared/contract';
import { MODALITIES, RELATION_TYPES } from '../../../shared/vocabulary';

const ACTORS: Actor[] = [
  { id: 'united-states', name: 'United States', type: 'state', aliases: ['US', 'Washington'], discovered: false },
  { id: 'pakistan', name: 'Pakistan', type: 'state', aliases: ['Islamabad'], discovered: false },
  { id: 'taliban', name: 'Taliban', type: 'armed_group', aliases: ['Islamic Emirate'], discovered: false },
  { id: 'iskp', name: 'ISKP', type: 'armed_group', aliases: ['ISIS-K', 'Islamic State Khorasan'], discovered: false },
  { id: 'cia', name: 'CIA', type: 'agency', aliases: [], discovered: false, affiliations: ['united-states'] },
  { id: 'william-burns', name: 'William Burns', type: 'person', aliases: ['Burns'], discovered: false, affiliations: ['cia'] },
  { id: 'ttp', name: 'Tehrik-i-Taliban Pakistan', type: 'armed_group', aliases: ['TTP', 'تحریک طالبان پاکستان'], discovered: true },
];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A document whose claims and mentions point into its own text. */
export function fixtureExtraction(index: number, extractorVersion = 'fixture-1'): DocumentExtraction {
  const a = ACTORS[index % ACTORS.length] as Actor;
  const b = ACTORS[(index * 3 + 1) % ACTORS.length] as Actor;
  const target = b.id === a.id ? (ACTORS[(index + 1) % ACTORS.length] as Actor) : b;
  const sentence = `${a.name} met ${target.name} in Doha — «دوحه» ${index}.`;
  const text = `Report ${index}.\n${sentence}\nNothing else happened.`;
  const sentenceStart = text.indexOf(sentence);
  const id = `fixture-${String(index).padStart(4, '0')}`;
  const mentions: Mention[] = [
    { actor: a.id, text: a.name, start: sentenceStart, end: sentenceStart + a.name.length },
    { actor: target.id, text: target.name, start: text.indexOf(target.name, sentenceStart + a.name.length), end: 0 },
  ];
  mentions[1]!.end = mentions[1]!.start + target.name.length;
  const claims: Claim[] = [0, 1].map((k) => ({
    claimId: `${id}-c${k}`,
    source: k === 0 ? a.id : target.id,
    target: k === 0 ? target.id : a.id,
    type: RELATION_TYPES[(index + k) % RELATION_TYPES.length]!,
    year: k === 0 ? 2021 + (index % 5) : null,
    yearRule: k === 0 ? 'explicit' : 'publication-fallback',
    doc: id,
    publisher: index % 2 === 0 ? 'Dawn' : null,
    sentence,
    sentenceStart,
    sentenceEnd: sentenceStart + sentence.length,
    trigger: 'met',
    triggerStart: sentenceStart + a.name.length + 1,
    triggerEnd: sentenceStart + a.name.length + 4,
    sourceStart: sentenceStart,
    sourceEnd: sentenceStart + a.name.length,
    targetStart: mentions[1]!.start,
    targetEnd: mentions[1]!.end,
    negated: k === 1 && index % 3 === 0,
    modality: MODALITIES[(index + k) % MODALITIES.length]!,
    confidence: k === 0 ? 1 : 0.75,
    weight: k === 0 ? 2 : -1.5,
    extractorVersion,
  }));
  return {
    document: {
      id,
      title: `Fixture report ${index} <b>bold</b>`,
      publisher: index % 2 === 0 ? 'Dawn' : null,
      author: null,
      published: `202${index % 5}-0${(index % 9) + 1}-15`,
      url: `https://example.org/${id}`,
      language: 'en',
    },
    text,
    sha256: sha256(text),
    actors: [a, target],
    mentions,
    claims,
  };
}

export function fixtureExtractions(count: number, extractorVersion?: string): DocumentExtraction[] {
  return Array.from({ length: count }, (_, i) => fixtureExtraction(i, extractorVersion));
}

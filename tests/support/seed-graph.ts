// A small, realistic fixture graph for server tests: six documents from four publishers (2001–2025),
// every relation type, negated and contested claims, a discovered actor. Built as DocumentExtraction
// objects with exact offsets and loaded through the real loader (writeDocuments).
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Actor, Claim, DocumentExtraction, Mention } from '../../shared/contract';
import { RELATION_TYPE_INFO, type Modality, type RelationType } from '../../shared/vocabulary';
import { writeDocuments } from '../../documents/write-documents';

export const FIXTURE_ACTORS: Actor[] = [
  { id: 'united-states', name: 'United States', type: 'state', aliases: ['US', 'Washington'], discovered: false },
  { id: 'pakistan', name: 'Pakistan', type: 'state', aliases: ['Islamabad'], discovered: false },
  { id: 'afghanistan', name: 'Afghanistan', type: 'state', aliases: ['Kabul'], discovered: false },
  { id: 'taliban', name: 'Taliban', type: 'armed_group', aliases: ['Islamic Emirate'], discovered: false },
  { id: 'iskp', name: 'ISKP', type: 'armed_group', aliases: ['Islamic State Khorasan', 'IS-K'], discovered: false },
  { id: 'cia', name: 'CIA', type: 'agency', aliases: ['Central Intelligence Agency'], discovered: false, affiliations: ['united-states'] },
  { id: 'isi', name: 'ISI', type: 'agency', aliases: ['Inter-Services Intelligence'], discovered: false, affiliations: ['pakistan'] },
  { id: 'william-burns', name: 'William Burns', type: 'person', aliases: ['Burns'], discovered: false, affiliations: ['cia'] },
  { id: 'united-nations', name: 'United Nations', type: 'igo', aliases: ['UN'], discovered: false },
  { id: 'khorasan-cell', name: 'Khorasan Cell', type: 'armed_group', aliases: [], discovered: true },
];

interface ClaimSpec {
  source: string;
  target: string;
  type: RelationType;
  /** Surface texts, each must occur in the sentence (source before trigger before target). */
  s: string;
  trigger: string;
  t: string;
  year: number | null;
  negated?: boolean;
  modality?: Modality;
}

interface SentenceSpec {
  text: string;
  claims: ClaimSpec[];
}

export interface DocSpec {
  id: string;
  title: string;
  publisher: string;
  published: string;
  sentences: SentenceSpec[];
}

export const FIXTURE_DOCUMENTS: DocSpec[] = [
  {
    id: 'reuters-2001-strikes', title: 'US strikes Taliban positions', publisher: 'Reuters', published: '2001-10-08',
    sentences: [
      { text: 'The United States attacked Taliban positions near Kandahar in 2001.', claims: [
        { source: 'united-states', target: 'taliban', type: 'ATTACKED', s: 'United States', trigger: 'attacked', t: 'Taliban', year: 2001 }] },
      { text: 'Pakistan supported the United States in the campaign.', claims: [
        { source: 'pakistan', target: 'united-states', type: 'SUPPORTS', s: 'Pakistan', trigger: 'supported', t: 'United States', year: 2001 }] },
    ],
  },
  {
    id: 'dawn-2011-raid', title: 'After Abbottabad', publisher: 'Dawn', published: '2011-05-03',
    sentences: [
      { text: 'Washington accused the ISI of sheltering militants in 2011.', claims: [
        { source: 'united-states', target: 'isi', type: 'ACCUSED', s: 'Washington', trigger: 'accused', t: 'ISI', year: 2011 }] },
      { text: 'The CIA met with the ISI in Islamabad.', claims: [
        { source: 'cia', target: 'isi', type: 'MET_WITH', s: 'CIA', trigger: 'met with', t: 'ISI', year: 2011 }] },
      { text: 'Pakistan rejected the United States demands.', claims: [
        { source: 'pakistan', target: 'united-states', type: 'REJECTED', s: 'Pakistan', trigger: 'rejected', t: 'United States', year: 2011 }] },
    ],
  },
  {
    id: 'guardian-2021-withdrawal', title: 'Kabul airport attack', publisher: 'The Guardian', published: '2021-08-31',
    sentences: [
      { text: 'ISKP attacked the United States forces at Kabul airport in August 2021.', claims: [
        { source: 'iskp', target: 'united-states', type: 'ATTACKED', s: 'ISKP', trigger: 'attacked', t: 'United States', year: 2021 }] },
      { text: 'In 2020 the United States met with the Taliban in Doha.', claims: [
        { source: 'united-states', target: 'taliban', type: 'MET_WITH', s: 'United States', trigger: 'met with', t: 'Taliban', year: 2020 }] },
      { text: 'The Taliban reportedly cooperated with the United States on evacuations.', claims: [
        { source: 'taliban', target: 'united-states', type: 'COOPERATES_WITH', s: 'Taliban', trigger: 'cooperated with', t: 'United States', year: 2021, modality: 'reported' }] },
      { text: 'William Burns visited Afghanistan and met with the Taliban.', claims: [
        { source: 'william-burns', target: 'afghanistan', type: 'VISITED', s: 'William Burns', trigger: 'visited', t: 'Afghanistan', year: 2021 },
        { source: 'william-burns', target: 'taliban', type: 'MET_WITH', s: 'William Burns', trigger: 'met with', t: 'Taliban', year: 2021 }] },
      { text: 'William Burns leads the CIA.', claims: [
        { source: 'william-burns', target: 'cia', type: 'LEADS', s: 'William Burns', trigger: 'leads', t: 'CIA', year: 2021 }] },
    ],
  },
  {
    id: 'aljazeera-2023-denial', title: 'Taliban deny links to ISKP', publisher: 'Al Jazeera', published: '2023-03-01',
    sentences: [
      { text: 'Pakistan accused the Taliban of harbouring fighters in 2023.', claims: [
        { source: 'pakistan', target: 'taliban', type: 'ACCUSED', s: 'Pakistan', trigger: 'accused', t: 'Taliban', year: 2023 }] },
      { text: 'The Taliban did not support ISKP, a spokesman said.', claims: [
        { source: 'taliban', target: 'iskp', type: 'SUPPORTS', s: 'Taliban', trigger: 'support', t: 'ISKP', year: 2023, negated: true }] },
      { text: 'The Khorasan Cell is a member of ISKP.', claims: [
        { source: 'khorasan-cell', target: 'iskp', type: 'MEMBER_OF', s: 'Khorasan Cell', trigger: 'member of', t: 'ISKP', year: 2023 }] },
    ],
  },
  {
    id: 'reuters-2024-un-report', title: 'UN report on militant links', publisher: 'Reuters', published: '2024-06-01',
    sentences: [
      { text: 'The Taliban supported ISKP logistics in 2024, the report said.', claims: [
        { source: 'taliban', target: 'iskp', type: 'SUPPORTS', s: 'Taliban', trigger: 'supported', t: 'ISKP', year: 2024, modality: 'reported' }] },
      { text: 'The United Nations warned the Taliban.', claims: [
        { source: 'united-nations', target: 'taliban', type: 'WARNED', s: 'United Nations', trigger: 'warned', t: 'Taliban', year: 2024 }] },
      { text: 'Pakistan warned the Taliban after the attacks.', claims: [
        { source: 'pakistan', target: 'taliban', type: 'WARNED', s: 'Pakistan', trigger: 'warned', t: 'Taliban', year: 2024 }] },
    ],
  },
  {
    id: 'dawn-2025-talks', title: 'Islamabad and Washington resume talks', publisher: 'Dawn', published: '2025-01-15',
    sentences: [
      { text: 'The United States cooperates with Pakistan on counterterrorism in 2025.', claims: [
        { source: 'united-states', target: 'pakistan', type: 'COOPERATES_WITH', s: 'United States', trigger: 'cooperates with', t: 'Pakistan', year: 2025 }] },
      { text: 'The CIA may be cooperating with the ISI against ISKP.', claims: [
        { source: 'cia', target: 'isi', type: 'COOPERATES_WITH', s: 'CIA', trigger: 'cooperating with', t: 'ISI', year: 2025, modality: 'speculative' }] },
      { text: 'Pakistan accused the Taliban again in 2025.', claims: [
        { source: 'pakistan', target: 'taliban', type: 'ACCUSED', s: 'Pakistan', trigger: 'accused', t: 'Taliban', year: 2025 }] },
      { text: 'ISKP attacked Pakistan in Peshawar.', claims: [
        { source: 'iskp', target: 'pakistan', type: 'ATTACKED', s: 'ISKP', trigger: 'attacked', t: 'Pakistan', year: 2025 }] },
      { text: 'Back in 2001 the United States attacked the Taliban.', claims: [
        { source: 'united-states', target: 'taliban', type: 'ATTACKED', s: 'United States', trigger: 'attacked', t: 'Taliban', year: 2001 }] },
    ],
  },
];

function find(haystack: string, needle: string, from: number, what: string): number {
  const i = haystack.indexOf(needle, from);
  if (i < 0) throw new Error(`seed-graph: ${what} ${JSON.stringify(needle)} not found in ${JSON.stringify(haystack)}`);
  return i;
}

export function buildExtraction(spec: DocSpec): DocumentExtraction {
  const actorsById = new Map(FIXTURE_ACTORS.map((a) => [a.id, a]));
  let text = `${spec.title}\n\n`;
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const used = new Set<string>();
  spec.sentences.forEach((sentence, si) => {
    const start = text.length;
    text += sentence.text + ' ';
    sentence.claims.forEach((c, ci) => {
      const sAt = find(sentence.text, c.s, 0, 'source');
      const trAt = find(sentence.text, c.trigger, sAt + c.s.length, 'trigger');
      const tAt = find(sentence.text, c.t, trAt + c.trigger.length, 'target');
      for (const [actor, at, surface] of [[c.source, sAt, c.s], [c.target, tAt, c.t]] as const) {
        const key = `${actor}:${start + at}`;
        if (!used.has(key)) {
          used.add(key);
          mentions.push({ actor, text: surface, start: start + at, end: start + at + surface.length });
        }
        used.add(actor);
      }
      claims.push({
        claimId: `${spec.id}-${si}-${ci}`,
        source: c.source,
        target: c.target,
        type: c.type,
        year: c.year,
        yearRule: 'explicit',
        doc: spec.id,
        publisher: spec.publisher,
        sentence: sentence.text,
        sentenceStart: start,
        sentenceEnd: start + sentence.text.length,
        trigger: c.trigger,
        triggerStart: start + trAt,
        triggerEnd: start + trAt + c.trigger.length,
        sourceStart: start + sAt,
        sourceEnd: start + sAt + c.s.length,
        targetStart: start + tAt,
        targetEnd: start + tAt + c.t.length,
        negated: c.negated ?? false,
        modality: c.modality ?? 'asserted',
        confidence: 0.9,
        weight: RELATION_TYPE_INFO[c.type].weight,
        extractorVersion: 'fixture-1',
      });
    });
  });
  text = text.trimEnd();
  const actorIds = new Set(claims.flatMap((c) => [c.source, c.target]));
  return {
    document: { id: spec.id, title: spec.title, publisher: spec.publisher, author: null, published: spec.published, url: `https://example.org/${spec.id}`, language: 'en' },
    text,
    sha256: crypto.createHash('sha256').update(text).digest('hex'),
    actors: [...actorIds].map((id) => actorsById.get(id)!),
    mentions,
    claims,
  };
}

export const fixtureExtractions = (): DocumentExtraction[] => FIXTURE_DOCUMENTS.map(buildExtraction);

/** All fixture claims, flattened (for computing expectations in tests). */
export const fixtureClaims = (): Claim[] => fixtureExtractions().flatMap((e) => e.claims);

/** Loads the fixture into a (clean) database through the real loader. */
export async function seedGraph(driver: Driver, database?: string): Promise<DocumentExtraction[]> {
  const extractions = fixtureExtractions();
  await writeDocuments(driver, extractions, { database });
  return extractions;
}

// Names the gazetteer lacks, found from the parse: a run of two to four proper nouns joined by
// `compound`/`flat` edges in an argument position ("… met Dawda Jawara"). A run ending in an
// organisation head ("… National Salvation Front") is an organisation, one ending in a place head
// ("Kunar Valley") no actor, else a person. A single name counts only as the owner of someone's people
// ("Assad's regime", "the Assad regime"). Fragments and lists are refused by the same plausibility
// rule as every discovered name; a title alone is marked. Pure.
import type { Actor } from '../../shared/contract';
import { STATE_BODY } from '../extract/discovered';
import { plausibleDiscoveredName } from '../extract/discovered-names';
import { slugify } from '../extract/mention-types';
import { isPlaceRelation } from '../extract/place-prepositions';
import type { ArgMention } from './arguments';
import type { SentenceGraph } from './sentence-graph';

const ARGUMENT_RELS = /^(nsubj|nsubj:pass|obj|iobj|obl|nmod|appos|conj)/;
const NAME_RELS = new Set(['compound', 'flat', 'flat:name']);

export interface ParsedName {
  actor: Actor;
  mention: ArgMention;
  tokens: number[];
  /** The name is a title alone ("Prime Minister"): one holder per state, not one person everywhere. */
  titleOnly?: boolean;
}

/** Capitalised words that say what kind of rule, not whose ("the Federal Government", "the Interim Administration"). */
const KINDS_OF_RULE = new Set(['federal', 'regional', 'provincial', 'national', 'interim', 'central', 'transitional', 'caretaker', 'military', 'civilian', 'new', 'former']);
/** Capitalised words that are dates, not names ("Tuesday's attack"). */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

export function findParsedNames(
  graph: SentenceGraph,
  known: readonly (ArgMention | undefined)[],
  orgHeads: ReadonlySet<string>,
  placeHeads: ReadonlySet<string>,
  agents: ReadonlySet<string> = new Set(),
  named: readonly boolean[] = [],
  titleWords: ReadonlySet<string> = new Set(),
  /** Names this document found before, by a word that alone stands for them ("Assad" after "Assad's regime"). */
  docNames: ReadonlyMap<string, Actor> = new Map(),
): ParsedName[] {
  const toks = graph.sentence.tokens;
  // A token the mention layer named (also inside a title phrase, "X Chairman Y") is not a new name.
  const taken = (i: number): boolean => known[i] !== undefined || named[i] === true;
  const out: ParsedName[] = [];
  for (const head of toks) {
    // A name the document found before, used alone again ("the EU condemned Assad's brutal policies").
    const again = /^NNPS?$/.test(head.pos) && !taken(head.i) ? docNames.get(head.word.toLowerCase()) : undefined;
    if (again && !graph.children(head.i).some((c) => NAME_RELS.has(c.rel)) && !NAME_RELS.has(graph.treeRel(head.i)) && (ARGUMENT_RELS.test(graph.treeRel(head.i)) || graph.treeRel(head.i) === 'nmod:poss')) {
      out.push({ actor: again, mention: { actor: again.id, start: head.start, end: head.end, kind: 'discovered' }, tokens: [head.i] });
      continue;
    }
    // One name owning someone's people: "Assad's regime", "Haftar's forces", "the Assad regime".
    if (/^NNPS?$/.test(head.pos) && !taken(head.i) && (graph.treeRel(head.i) === 'nmod:poss' || graph.treeRel(head.i) === 'compound') && /^\p{Lu}\p{Ll}+$/u.test(head.word) && !CALENDAR.test(head.word)) {
      const owned = toks[graph.head(head.i)];
      const alone = !graph.children(head.i).some((c) => NAME_RELS.has(c.rel));
      const word = head.word.toLowerCase();
      if (alone && owned && agents.has(owned.lemma.toLowerCase()) && !placeHeads.has(word) && !titleWords.has(word) && !KINDS_OF_RULE.has(word) && plausibleDiscoveredName(head.word, 'person')) {
        const id = `d-${slugify(head.word)}`;
        out.push({ actor: { id, name: head.word, type: 'person', aliases: [head.word], discovered: true }, mention: { actor: id, start: head.start, end: head.end, kind: 'discovered' }, tokens: [head.i] });
        continue;
      }
    }
    if (!/^NNPS?$/.test(head.pos) || taken(head.i) || !ARGUMENT_RELS.test(graph.treeRel(head.i))) continue;
    const parts = [head.i];
    for (const c of graph.children(head.i)) {
      const t = toks[c.dep];
      if (NAME_RELS.has(c.rel) && t && /^NNPS?$/.test(t.pos) && !taken(c.dep)) parts.push(c.dep);
    }
    parts.sort((a, b) => a - b);
    // A person takes no article: in "Minister for the Middle East Tobias Ellwood" the parser joined a
    // portfolio and a name into one phrase; the name is its last two words.
    const article = graph.children(head.i).some((c) => c.rel === 'det' && toks[c.dep]?.lemma.toLowerCase() === 'the');
    if (article && parts.length >= 3 && !orgHeads.has(head.word.toLowerCase()) && !placeHeads.has(head.word.toLowerCase())) parts.splice(0, parts.length - 2);
    // Contiguous, two to four words, every one capitalised.
    if (parts.length < 2 || parts.length > 4 || parts[parts.length - 1]! - parts[0]! !== parts.length - 1) continue;
    const words = parts.map((k) => toks[k]!.word);
    if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const name = words.join(' ');
    // A known actor's bodies named by common words ("the Iraqi Security Forces", "Pakistan's Armed
    // Forces") are that actor's, as the mention layer reads them.
    const owner = graph.children(head.i).some((c) => !parts.includes(c.dep) && (c.rel === 'amod' || c.rel === 'compound' || c.rel === 'nmod:poss') && known[c.dep] !== undefined);
    if (owner && words.every((w) => STATE_BODY.has(w.toLowerCase()))) continue;
    // A government is no person; one named for no known actor was found by the mention layer already.
    if (placeHeads.has(head.word.toLowerCase()) || head.word.toLowerCase() === 'government') continue;
    const type = orgHeads.has(head.word.toLowerCase()) ? 'organization' : 'person';
    // A person's name does not end in a plural ("Foreign Affairs", "Security Forces"); a title alone
    // ("The Prime Minister paid a visit") is marked, for the caller to say whose.
    if (type === 'person' && (head.pos === 'NNPS' || titlePlural(head.word, titleWords))) continue;
    // Where something happens is a place, not a person: "attacked civilians in El Fasher".
    if (type === 'person' && graph.parents(head.i).some((p) => isPlaceRelation(p.rel))) continue;
    const titleOnly = type === 'person' && words.every((w) => titleWords.has(w.toLowerCase()));
    // Nor does a name follow "the" directly, a title's aside ("the Holy Quran"; "the late Benazir Bhutto"
    // and "The Foreign Secretary" stay).
    if (type === 'person' && !titleOnly && article && toks[parts[0]! - 1]?.lemma.toLowerCase() === 'the') continue;
    // The rest of a title, not a name: "Army Staff" of "the Chief of Army Staff".
    const ofTitle = graph.parents(head.i).some((p) => p.rel === 'nmod:of' && titleWords.has(toks[p.gov]?.word.toLowerCase() ?? ''));
    if (ofTitle && words.every((w) => titleWords.has(w.toLowerCase()))) continue;
    if (!plausibleDiscoveredName(name, type)) continue;
    const id = `d-${slugify(name)}`;
    const start = toks[parts[0]!]!.start;
    const end = toks[parts[parts.length - 1]!]!.end;
    out.push({ actor: { id, name, type, aliases: [name], discovered: true }, mention: { actor: id, start, end, kind: 'discovered' }, tokens: parts, ...(titleOnly ? { titleOnly } : {}) });
  }
  return out;
}

/** A title in the plural, which the tagger may still call a proper noun ("the Foreign Ministers of X and Y"). */
function titlePlural(word: string, titleWords: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return titleWords.has(`${w.slice(0, -3)}y`);
  return w.endsWith('s') && titleWords.has(w.slice(0, -1));
}

// Compiles the relation lexicon (data) into a trigger trie: verb forms generated from lemmas,
// nouns with plurals, multi-word phrases expanded from their small pattern language.
import type { RelationType } from '../../shared/vocabulary';
import type { RelationLexicon } from './resources';
import { TokenTrie } from './token-trie';
import { phraseKeys } from './tokenize';

export type TriggerPos = 'verb' | 'noun' | 'phrase' | 'attribution';

export interface TriggerSpec {
  type: RelationType;
  pos: TriggerPos;
  lemma: string;
  /** What introduces the target: '' = direct object. */
  preps: string[];
  /** The form is a past participle (passive voice possible). */
  participle: boolean;
  /** Base form (attack, support): could be a noun or a verb. */
  baseForm: boolean;
  reverse: boolean;
  /** Phrase containing a passive auxiliary ({be} allowed to ...). */
  passivePhrase: boolean;
  /** The phrase itself denies the relation ("has nothing to do with"). */
  negated: boolean;
  strength: number;
}

const VOWEL = /[aeiou]/;

export function verbForms(lemma: string, irregular: Record<string, string>): string[] {
  const irr = irregular[lemma];
  if (irr) return irr.split(',').map((f) => f.trim());
  const last = lemma.slice(-1);
  const cvc = /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(lemma) && lemma.length <= 4;
  let s: string;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) s = `${lemma}es`;
  else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) s = `${lemma.slice(0, -1)}ies`;
  else s = `${lemma}s`;
  let past: string;
  if (last === 'e') past = `${lemma}d`;
  else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) past = `${lemma.slice(0, -1)}ied`;
  else if (cvc) past = `${lemma}${last}ed`;
  else past = `${lemma}ed`;
  let ing: string;
  if (last === 'e' && !lemma.endsWith('ee')) ing = `${lemma.slice(0, -1)}ing`;
  else if (cvc) ing = `${lemma}${last}ing`;
  else ing = `${lemma}ing`;
  return [lemma, s, past, ing];
}

function isParticiple(form: string, lemma: string, forms: string[]): boolean {
  if (form === lemma) return false;
  if (form.endsWith('ing')) return false;
  if (form.endsWith('ed')) return true;
  return forms.indexOf(form) >= 2 && !form.endsWith('s');
}

function pluralOf(noun: string): string {
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Expands '{lemma}', 'a|b' and '?x' into every token sequence the pattern stands for. */
export function expandPattern(pattern: string, irregular: Record<string, string>): string[][] {
  let seqs: string[][] = [[]];
  for (const part of pattern.trim().split(/\s+/)) {
    const optional = part.includes('?');
    const clean = part.replace(/\?/g, '');
    let alts: string[];
    const lemma = /^\{(.+)\}$/.exec(clean);
    if (lemma) alts = verbForms(lemma[1] as string, irregular);
    else alts = clean.split('|').filter(Boolean);
    const next: string[][] = [];
    for (const seq of seqs) {
      if (optional) next.push(seq);
      for (const alt of alts) next.push([...seq, ...phraseKeys(alt)]);
    }
    seqs = next;
  }
  return seqs;
}

function parseSpec(raw: string): { word: string; forms: string | null; preps: string[] | null } {
  const [head, prepPart] = raw.split('>');
  const [word, forms] = (head as string).split('=');
  const preps = prepPart === undefined ? null : prepPart.split(',').map((p) => p.trim());
  return { word: (word as string).trim(), forms: forms ?? null, preps };
}

export function compileLexicon(lex: RelationLexicon): TokenTrie<TriggerSpec> {
  const trie = new TokenTrie<TriggerSpec>();
  for (const [type, entry] of Object.entries(lex.types) as [RelationType, NonNullable<RelationLexicon['types'][RelationType]>][]) {
    for (const raw of entry.verbs) {
      const { word, forms, preps } = parseSpec(raw);
      const all = forms ? forms.split(',') : verbForms(word, lex.irregular);
      for (const form of all) {
        trie.add(phraseKeys(form), {
          type, pos: 'verb', lemma: word, preps: preps ?? [''], participle: isParticiple(form, word, all),
          baseForm: form === word, reverse: false, passivePhrase: false, negated: false, strength: 0.8,
        });
      }
    }
    for (const raw of entry.nouns) {
      const { word, preps } = parseSpec(raw);
      const [singular, plural] = word.split('/');
      const sing = (singular as string).trim();
      const forms = [sing, (plural ?? pluralOf(sing)).trim()];
      for (const form of new Set(forms)) {
        trie.add(phraseKeys(form), {
          type, pos: 'noun', lemma: sing, preps: preps ?? [], participle: false, baseForm: true, reverse: false, passivePhrase: false, negated: false, strength: 0.7,
        });
      }
    }
    for (const phrase of entry.phrases) {
      // Only a reversed '{be}' phrase is a passive ("{be} allowed to operate from"); "{be} opposed to" is active.
      const passivePhrase = phrase.p.startsWith('{be}') && phrase.reverse === true;
      for (const keys of expandPattern(phrase.p, lex.irregular)) {
        trie.add(keys, {
          type, pos: 'phrase', lemma: phrase.p, preps: phrase.target === '*' ? ['*'] : [''], participle: false, baseForm: false, reverse: phrase.reverse === true, passivePhrase, negated: phrase.negated === true, strength: 0.9,
        });
      }
    }
  }
  for (const p of lex.attributions) {
    for (const keys of expandPattern(p, lex.irregular)) {
      trie.add(keys, { type: 'ATTACKED', pos: 'attribution', lemma: p, preps: [''], participle: false, baseForm: false, reverse: false, passivePhrase: false, negated: false, strength: 0.85 });
    }
  }
  return trie;
}

/** Sets of lower-case cue phrases, matched as n-grams. */
export function phraseSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => phraseKeys(p).join(' ')));
}

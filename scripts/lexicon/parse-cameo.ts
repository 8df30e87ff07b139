// Parser for the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt): synsets, verb blocks, patterns.
// Pure: text in, structure out. The format (see PETRARCH2's PETRreader.read_verb_dictionary):
//   &SYNSET            a synonym set, followed by `+WORD` / `+TWO WORDS` / `+WORD_` lines
//   ---  MEANING  [CODE]  ---
//                      starts a verb block; CODE is the block's bare code ('---' = no event)
//   VERB {FORMS} [CODE]
//                      a verb of the block ({...} = irregular inflections, [..] its own code)
//   +VERB_PARTICLE {+FORMS} [CODE]
//                      a multi-word verb; '+' marks the word the parser sees as the verb
//   - PRE * POST [CODE] # comment
//                      a pattern of the block: words before ('PRE', the subject side) and after
//                      ('POST') the verb '*'; (PREP NOUN) a prepositional phrase, {MOD HEAD} a
//                      noun phrase, &SYNSET a synset, $ / + the source / target, ^ any phrase.
// A code is 'ACTIVE' or 'ACTIVE:PASSIVE'; the passive part is the event with source and target
// swapped ("received support from Y" [:051] = Y praised/supported the subject).

export interface CameoCode {
  /** The code of the event from the subject to the object, or null ('---' or empty). */
  active: string | null;
  /** The code of the event from the object to the subject, or null. */
  passive: string | null;
  raw: string;
}

export interface CameoVerb {
  /** Lower-case base form of the verb word. */
  lemma: string;
  /** Words that follow the verb in a multi-word verb ("ask for" → ["for"]), lower case. */
  particles: string[];
  /** The verb's own code, or the block's when it has none. */
  code: CameoCode;
  /** True when the code is the block's (the verb line has no [code]). */
  inherited: boolean;
  line: number;
}

export interface CameoPatternToken {
  kind: 'word' | 'synset' | 'marker';
  /** Upper-case word as written (underscores joining words are split into separate tokens), synset name, or marker ($ + ^ %). */
  text: string;
  /** A non-final word of a {noun phrase}. */
  modifier?: true;
}

export interface CameoPattern {
  pre: CameoPatternToken[];
  post: CameoPatternToken[];
  code: CameoCode;
  line: number;
  text: string;
}

export interface CameoBlock {
  meaning: string;
  code: CameoCode;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
  line: number;
}

export interface CameoDictionary {
  /** Synset name (with '&', without a trailing '_') → member phrases, each a list of upper-case words. */
  synsets: Map<string, string[][]>;
  blocks: CameoBlock[];
  /** Lines that could not be read, with the reason (reported by the converter). */
  skipped: { line: number; text: string; reason: string }[];
}

const MARKERS = new Set(['$', '+', '^', '%']);

/** Removes a '#' or ';' comment (PETRARCH reads both) and surrounding blanks. */
function stripComment(line: string): string {
  let cut = line.length;
  for (const mark of ['#', ';']) {
    const at = line.indexOf(mark);
    if (at >= 0 && at < cut) cut = at;
  }
  return line.slice(0, cut).trim();
}

export function parseCameoCode(raw: string): CameoCode {
  const text = raw.trim();
  const [activePart = '', passivePart] = text.split(':');
  const clean = (part: string | undefined): string | null => {
    const value = (part ?? '').trim();
    return /^\d{2,4}$/.test(value) ? value : null;
  };
  return { active: clean(activePart), passive: passivePart === undefined ? null : clean(passivePart), raw: text };
}

/**
 * Splits a pattern side into tokens. Parentheses only group; in a noun phrase {MOD MOD HEAD} every
 * token but the last is marked `modifier` (a synset there names a kind of modifier, "{&MILITARY AID}").
 */
export function tokenizePatternSide(side: string): CameoPatternToken[] {
  const tokens: CameoPatternToken[] = [];
  let phrase: CameoPatternToken[] | null = null;
  for (const piece of side.replace(/([{}()])/g, ' $1 ').split(/\s+/)) {
    if (piece === '' || piece === '(' || piece === ')') continue;
    if (piece === '{') { phrase = []; continue; }
    if (piece === '}') {
      if (phrase) phrase.forEach((token, i) => tokens.push(i < phrase!.length - 1 ? { ...token, modifier: true } : token));
      phrase = null;
      continue;
    }
    const into = phrase ?? tokens;
    if (MARKERS.has(piece)) {
      into.push({ kind: 'marker', text: piece });
    } else if (piece.startsWith('&')) {
      into.push({ kind: 'synset', text: piece.replace(/_+$/, '') });
    } else {
      for (const word of piece.split('_')) if (word !== '') into.push({ kind: 'word', text: word.toUpperCase() });
    }
  }
  if (phrase) tokens.push(...phrase); // an unclosed {: keep what was read
  return tokens;
}

function readCode(text: string): { rest: string; code: string | null } {
  const match = /\[([^\]]*)\]/.exec(text);
  if (!match) return { rest: text, code: null };
  return { rest: (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).trim(), code: match[1] ?? '' };
}

/** Parses a verb line: `SPEED {SPEEDING SPEEDS SPED } [123]` or `+ASK_FOR {+ASKED_FOR} [020]`. */
export function parseVerbLine(text: string, blockCode: CameoCode, line: number): CameoVerb | null {
  const { rest, code } = readCode(text);
  const spec = rest.replace(/\{[^}]*\}?/g, ' ').trim().split(/\s+/)[0] ?? '';
  if (spec === '' || !/^[+A-Z][A-Z_+'-]*$/i.test(spec)) return null;
  const words = spec.replace(/^\+/, '').split(/[_+]/).filter((w) => w !== '').map((w) => w.toLowerCase());
  // Only "+VERB_REST" occurs in CAMEO 2.0 (the '+' word first); "FRONT_+VERB" would put the verb later.
  const plus = spec.indexOf('+');
  const verbIndex = plus > 0 ? spec.slice(0, plus).split('_').filter((w) => w !== '').length : 0;
  const lemma = words[verbIndex];
  if (!lemma) return null;
  return {
    lemma,
    particles: words.slice(verbIndex + 1),
    code: code === null ? blockCode : parseCameoCode(code),
    inherited: code === null,
    line,
  };
}

export function parsePatternLine(text: string, line: number): CameoPattern | null {
  const body = text.replace(/^-\s*/, '');
  const { rest, code } = readCode(body);
  if (code === null || !rest.includes('*')) return null;
  const star = rest.indexOf('*');
  return {
    pre: tokenizePatternSide(rest.slice(0, star)),
    post: tokenizePatternSide(rest.slice(star + 1).replace(/^\*+/, '')),
    code: parseCameoCode(code),
    line,
    text: `- ${rest.replace(/\s+/g, ' ').trim()} [${code}]`,
  };
}

export function parseCameoDictionary(text: string): CameoDictionary {
  const synsets = new Map<string, string[][]>();
  const blocks: CameoBlock[] = [];
  const skipped: CameoDictionary['skipped'] = [];
  let section: 'header' | 'synsets' | 'verbs' | 'transformations' = 'header';
  let currentSynset: string | null = null;
  let block: CameoBlock | null = null;

  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    if (/^#+\s*SYNONYM SETS/.test(rawLine)) { section = 'synsets'; return; }
    if (/^#+\s*VERB PATTERNS/.test(rawLine)) { section = 'verbs'; currentSynset = null; return; }
    if (/^#+\s*TRANSFORMATIONS/.test(rawLine)) { section = 'transformations'; return; }
    if (section === 'header' || section === 'transformations') return;
    if (rawLine.trim() === '') { currentSynset = null; return; }
    const content = rawLine.startsWith('-') ? (rawLine.split('#')[0] as string).trim() : stripComment(rawLine);
    if (content === '') return; // a comment line

    if (content.startsWith('&')) {
      currentSynset = (content.split(/\s+/)[0] as string).replace(/_+$/, '');
      if (!synsets.has(currentSynset)) synsets.set(currentSynset, []);
      return;
    }
    if (currentSynset !== null && content.startsWith('+')) {
      const phrase = content.slice(1).replace(/_+$/, '').split(/[\s_]+/).filter((w) => w !== '').map((w) => w.toUpperCase());
      if (phrase.length > 0) synsets.get(currentSynset)!.push(phrase);
      return;
    }
    currentSynset = null;
    if (section !== 'verbs') { skipped.push({ line: lineNo, text: content, reason: 'outside a verb block' }); return; }

    if (content.startsWith('---')) {
      const match = /^---+\s*(\S+)\s*(?:\[([^\]]*)\])?/.exec(content);
      block = {
        meaning: match?.[1] ?? '',
        code: parseCameoCode(match?.[2] ?? '---'),
        verbs: [],
        patterns: [],
        line: lineNo,
      };
      blocks.push(block);
      return;
    }
    if (block === null) { skipped.push({ line: lineNo, text: content, reason: 'before the first block' }); return; }
    if (content.startsWith('-')) {
      const pattern = parsePatternLine(content, lineNo);
      if (pattern) block.patterns.push(pattern);
      else skipped.push({ line: lineNo, text: content, reason: 'pattern without a code or a verb position' });
      return;
    }
    const verb = parseVerbLine(content, block.code, lineNo);
    if (verb) block.verbs.push(verb);
    else skipped.push({ line: lineNo, text: content, reason: 'unreadable verb line' });
  });
  return { synsets, blocks, skipped };
}

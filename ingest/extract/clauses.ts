// Clause structure of one sentence, so an actor in one clause is never the argument of a verb in
// another: boundaries at ';' ':' quotes, ", but", ", while", subordinators; relative clauses
// (", which ...,", "against whom ...,") as zones of their own; reporting frames ("X said",
// "according to X", ", X said.") marked so their actors are attribution only.
import type { Token } from './tokenize';

export interface ClauseInfo {
  /** Clause id per sentence token (index relative to the sentence start). */
  clause: Int32Array;
  /** 1 where the token belongs to a reporting frame. */
  frame: Uint8Array;
  /** For relative-clause ids: the token index (sentence-relative) just before the comma that opens it. */
  relativeHead: Map<number, number>;
  /** Whether the sentence carries a reporting frame. */
  reported: boolean;
}

export interface ClauseLexicon {
  subordinators: Set<string>;
  relativeStarts: Set<string>;
  reporting: Set<string>;
  prepositions: Set<string>;
}

const SENTENCE_SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'since', 'after', 'before', 'unless', 'whereas', 'as', 'once']);
const ADDRESSEES = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'them', 'him', 'her', 'us', 'me', 'parliament', 'congress', 'senators', 'officials', 'diplomats', 'supporters', 'students', 'audiences', 'listeners', 'viewers', 'investigators']);
const FRAME_STOP = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'hope', 'hopes', 'suspect', 'suspects', 'suspected']);

/**
 * `isTrigger(k)` tells whether sentence token k starts a relation trigger: a reporting verb with a
 * trigger after it opens the sentence as a frame; one with none after it closes it.
 */
export function analyseClauses(toks: readonly Token[], lex: ClauseLexicon, isTrigger: (k: number) => boolean, isMentionStart: (k: number) => boolean, inMention: (k: number) => boolean): ClauseInfo {
  const n = toks.length;
  const clause = new Int32Array(n);
  const frame = new Uint8Array(n);
  const relativeHead = new Map<number, number>();
  let reported = false;
  let id = 0;
  let nextId = 1;
  let resumeAt = -1;
  let resumeId = 0;
  const first = toks[0];
  let openingSub = !!first && SENTENCE_SUBORDINATORS.has(first.lower);
  for (let k = 0; k < n; k++) {
    const t = toks[k] as Token;
    const next = toks[k + 1];
    if (k === resumeAt) {
      id = resumeId;
      resumeAt = -1;
    }
    if (t.text === '(') {
      // A parenthesis ("(ISI)", "(the group is banned in Russia)") is a zone; the clause resumes after it.
      let e = k + 1;
      while (e < n && e < k + 15 && (toks[e] as Token).text !== ')') e++;
      if (e < n && (toks[e] as Token).text === ')') {
        const zone = nextId++;
        for (let q = k; q <= e; q++) clause[q] = zone;
        k = e;
        continue;
      }
    }
    if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '(' || t.text === ')') {
      clause[k] = id;
      id = nextId++;
      resumeAt = -1;
      continue;
    }
    if (t.text === ',' && next) {
      if (openingSub) {
        openingSub = false;
        clause[k] = id;
        id = nextId++;
        continue;
      }
      const after = next.lower;
      const prepWhom = lex.prepositions.has(after) && (toks[k + 2]?.lower === 'whom' || toks[k + 2]?.lower === 'which');
      if ((lex.relativeStarts.has(after) && after !== 'that') || prepWhom) {
        // A relative clause runs to the next comma; the outer clause resumes after it.
        let e = k + 1;
        while (e < n && (toks[e] as Token).text !== ',' && (toks[e] as Token).text !== ';') e++;
        clause[k] = id;
        const rel = nextId++;
        if (!prepWhom) relativeHead.set(rel, k - 1);
        for (let q = k + 1; q < e; q++) clause[q] = rel;
        resumeId = id;
        k = e - 1;
        resumeAt = e;
        continue;
      }
      if (lex.subordinators.has(after)) {
        clause[k] = id;
        id = nextId++;
        continue;
      }
    }
    if (k > 0 && (t.lower === 'while' || t.lower === 'whereas' || t.lower === 'but') && toks[k - 1]?.text !== ',') {
      id = nextId++;
    }
    clause[k] = id;
  }
  // Reporting frames.
  for (let k = 0; k < n; k++) {
    const t = toks[k] as Token;
    if (inMention(k)) continue;
    const isAccording = t.lower === 'according' && toks[k + 1]?.lower === 'to';
    const isReport = lex.reporting.has(t.lower) || (BELIEF.has(t.lower) && toks[k + 1]?.lower === 'that');
    if (!isAccording && !isReport) continue;
    // "claims" after a determiner is a noun; reporting verbs need an actor or a noun before them.
    if (!isAccording && ['the', 'a', 'these', 'such', 'his', 'her', 'their'].includes(toks[k - 1]?.lower ?? '')) continue;
    // A reporting verb that is itself a relation trigger reports only with "that"/":"/","
    // ("complained that …" vs "complained to the UN over X's raids").
    if (isReport && isTrigger(k) && !['that', ':', ','].includes(toks[k + 1]?.text ?? '')) continue;
    reported = reported || isReport || isAccording;
    if (isAccording) {
      let e = k + 2;
      while (e < n && (toks[e] as Token).text !== ',') e++;
      for (let q = k; q < e; q++) frame[q] = 1;
      continue;
    }
    let triggerAfter = false;
    for (let q = k + 1; q < n; q++) if (isTrigger(q)) triggerAfter = true;
    if (triggerAfter) {
      // Leading frame: "X said (that) ...", "X told Y that ...".
      let s = k;
      while (s > 0 && clause[s - 1] === clause[k] && (toks[s - 1] as Token).text !== ',' && !FRAME_STOP.has((toks[s - 1] as Token).lower) && !isTrigger(s - 1)) s--;
      let e = k + 1;
      if (t.lower === 'told' || t.lower === 'tell' || t.lower === 'tells') {
        // The addressee: "told The Associated Press", "told reporters", "told NBC".
        if (toks[e]?.lower === 'the') e++;
        if (e < n && (isMentionStart(e) || (toks[e] as Token).isCap)) {
          while (e < n && e < k + 8 && (toks[e] as Token).isCap) e++;
        } else if (ADDRESSEES.has(toks[e]?.lower ?? '')) e++;
      }
      if (toks[e]?.lower === 'that' || toks[e]?.text === ':' || toks[e]?.text === ',') e++;
      const fid = nextId++;
      for (let q = s; q < e; q++) {
        frame[q] = 1;
        clause[q] = fid;
      }
      const cid = nextId++;
      const old = clause[e];
      for (let q = e; q < n && clause[q] === old; q++) clause[q] = cid;
    } else {
      // Trailing or parenthetical frame: ", X said." / ", officials said, ".
      let s = k;
      // "X defended Y and said …": a coordinated report ends at the "and" (not "Iran and Pakistan said").
      while (s > 0 && (toks[s - 1] as Token).text !== ',' && (toks[s - 1] as Token).text !== '"' && !(s > 1 && FRAME_STOP.has((toks[s - 1] as Token).lower) && !inMention(s - 2))) s--;
      let e = k + 1;
      while (e < n && (toks[e] as Token).text !== ',' && (toks[e] as Token).text !== '.') e++;
      if (s === 0 && e >= n - 1) {
        // The whole sentence is the frame ("Ghani told Der Spiegel ..."): mark the reporter only.
        for (let q = 0; q < k; q++) frame[q] = 1;
        continue;
      }
      for (let q = s; q < e; q++) frame[q] = 1;
    }
  }
  return { clause, frame, relativeHead, reported };
}

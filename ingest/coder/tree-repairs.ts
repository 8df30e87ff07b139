// Known misparses of the English model, mended before the coder reads a sentence. Each repair is a
// shape the parser gets wrong on many sentences, not a sentence. Pure.
import type { Dependency, ParsedSentence } from '../parse/parse-types';
import { nounAt, verbAt } from '../parse/pos';

const VERB_FORM = /^VB[GP]?$/;

/** A tree arc to replace: the token keeps its place, its governor and relation change. */
type Rewiring = Map<number, Dependency>;

const isTo = (sentence: ParsedSentence, i: number): boolean => sentence.tokens[i]?.word.toLowerCase() === 'to' && sentence.tokens[i]?.pos === 'IN';

/**
 * "X is committed to supporting Y", "X remains committed to working with Y": the parser hangs "to" off
 * the participle (as `obj`, `dep` or `advcl`) and the clause off "to" (`acl`/`dep`), so nothing links
 * the clause to its controller. Rewritten as the complement it is: xcomp(committed, supporting) + mark.
 */
function clauseUnderTo(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const toArc of tree) {
    const to = toArc.dep;
    if (!isTo(sentence, to) || toArc.gov < 0 || !['obj', 'dep', 'advcl'].includes(toArc.rel)) continue;
    const clause = tree.find((d) => d.gov === to && (d.rel === 'acl' || d.rel === 'dep') && VERB_FORM.test(tokens[d.dep]?.pos ?? ''));
    if (!clause) continue;
    rewired.set(clause.dep, { rel: 'xcomp', gov: toArc.gov, dep: clause.dep });
    rewired.set(to, { rel: 'mark', gov: clause.dep, dep: to });
  }
}

/**
 * "looks forward to welcoming President Ghani", "to meeting X": the gerund after "to" is read as a
 * modifier of the noun that follows, so the noun becomes the governor's `obl:to`. Rewritten: the gerund
 * is the governor's complement and the noun its object (after "after", "before" …: its clause of time).
 */
const TEMPORAL_MARKS = new Set(['after', 'before', 'since', 'upon', 'while', 'when']);

function gerundReadAsModifier(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const mod of tree) {
    const g = mod.dep;
    // The name's head, where the gerund sits on a word compounded into it ("meeting Prime Minister X").
    let noun = mod.gov;
    for (let arc = tree.find((d) => d.dep === noun), steps = 0; arc?.rel === 'compound' && steps < 4; arc = tree.find((d) => d.dep === noun), steps++) noun = arc.gov;
    const nounArc = tree.find((d) => d.dep === noun);
    // "after meeting King Abdullah" reads the same way: a clause of time, not "the meeting Abdullah"; so
    // does "by attacking Taliban fighters", the means of an active verb ("killed by retreating forces" is
    // a passive's agent).
    const mark = tokens[g - 1]?.word.toLowerCase() ?? '';
    const means = mark === 'by' && nounArc !== undefined && nounArc.gov >= 0 && !tree.some((d) => d.gov === nounArc.gov && d.rel === 'aux:pass') && tokens[nounArc.gov]?.pos !== 'VBN';
    const temporal = TEMPORAL_MARKS.has(mark) || means;
    // On a noun too, after any preposition, before a name: "its commitment to defeating ISIS", "support
    // for countering ISIS-K" (a clause of the noun; "talks with ruling parties" stays a modifier).
    const onNoun = nounArc?.rel === 'nmod' && !temporal && tokens[g - 1]?.pos === 'IN' && (tokens[noun]?.pos ?? '').startsWith('NNP');
    if ((mod.rel !== 'amod' && mod.rel !== 'compound') || (!isTo(sentence, g - 1) && !temporal && !onNoun) || !/ing$/i.test(tokens[g]?.word ?? '')) continue;
    const caseArc = tree.find((d) => d.dep === g - 1 && d.gov === noun && d.rel === 'case');
    if (!nounArc || !caseArc || nounArc.gov < 0 || (nounArc.rel !== 'obl' && !onNoun)) continue;
    rewired.set(g, { rel: onNoun ? 'acl' : temporal ? 'advcl' : 'xcomp', gov: nounArc.gov, dep: g });
    rewired.set(g - 1, { rel: 'mark', gov: g, dep: g - 1 });
    rewired.set(noun, { rel: 'obj', gov: g, dep: noun });
    // The gerund's own complements were hung on the governor too ("… to the White House on June 25").
    for (const d of tree) if (d.gov === nounArc.gov && d.dep > noun && (d.rel === 'obl' || d.rel === 'obl:tmod')) rewired.set(d.dep, { ...d, gov: g });
  }
}

/**
 * "spoke by phone with Prime Minister Khan to review progress", "will travel to Pakistan to meet X": the
 * parser reads "with X to V" and "to X to V" as a clause whose subject is X (the preposition its
 * marker), so the call has no partner and the journey no destination. Rewritten: X is the governor's
 * with- or to-phrase and the clause is subjectless (its governor's subject performs it).
 */
function prepositionPhraseReadAsSubject(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const clauseArc of tree) {
    const c = clauseArc.dep;
    if ((clauseArc.rel !== 'advcl' && !clauseArc.rel.startsWith('advcl:')) || clauseArc.gov < 0) continue;
    const marks = tree.filter((d) => d.gov === c && d.rel === 'mark');
    const subject = tree.find((d) => d.gov === c && d.rel === 'nsubj');
    const prepMark = subject && marks.find((d) => d.dep < subject.dep && (tokens[d.dep]?.word.toLowerCase() === 'with' || isTo(sentence, d.dep)));
    if (!subject || !prepMark || !marks.some((d) => d.dep > subject.dep && tokens[d.dep]?.word.toLowerCase() === 'to')) continue;
    rewired.set(subject.dep, { rel: `obl:${tokens[prepMark.dep]?.word.toLowerCase()}`, gov: clauseArc.gov, dep: subject.dep });
    rewired.set(prepMark.dep, { rel: 'case', gov: subject.dep, dep: prepMark.dep });
  }
}

/**
 * "The UK calls on the Houthis to cease their attacks": the parser reads "on X to V" as a clause whose
 * subject is X ("on" its marker). Rewritten as the parser reads "called on Pakistan to act": "on" the
 * verb's particle, X its object and the complement's subject, as for "urged X to V".
 */
function callOnReadAsClause(sentence: ParsedSentence, rewired: Rewiring, added: Dependency[]): void {
  const { tokens, tree } = sentence;
  for (const clauseArc of tree) {
    const c = clauseArc.dep;
    if (clauseArc.rel !== 'advcl' || clauseArc.gov < 0 || tokens[clauseArc.gov]?.lemma.toLowerCase() !== 'call') continue;
    const marks = tree.filter((d) => d.gov === c && d.rel === 'mark');
    const onMark = marks.find((d) => tokens[d.dep]?.word.toLowerCase() === 'on');
    const subject = tree.find((d) => d.gov === c && d.rel === 'nsubj');
    if (!onMark || !subject || !marks.some((d) => tokens[d.dep]?.word.toLowerCase() === 'to') || onMark.dep > subject.dep) continue;
    rewired.set(c, { rel: 'xcomp', gov: clauseArc.gov, dep: c });
    rewired.set(subject.dep, { rel: 'obj', gov: clauseArc.gov, dep: subject.dep });
    rewired.set(onMark.dep, { rel: 'compound:prt', gov: clauseArc.gov, dep: onMark.dep });
    added.push({ rel: 'nsubj:xsubj', gov: c, dep: subject.dep });
  }
}

/**
 * "After consulting with our allies, with the Congress …, as well as with Mr. Ghani, I have concluded":
 * the parser hangs the with-phrases after the first on the main verb. A with-phrase between an opening
 * clause that has with-phrases of its own and the main subject continues that clause's list.
 */
function withListOfOpeningClause(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tree } = sentence;
  for (const clause of tree) {
    const verb = clause.gov;
    if (clause.rel !== 'advcl' || verb < 0 || clause.dep > verb) continue;
    const subject = tree.find((d) => d.gov === verb && d.rel === 'nsubj');
    if (!subject || subject.dep < clause.dep || !sentence.deps.some((d) => d.gov === clause.dep && d.rel === 'obl:with')) continue;
    // The enhanced arcs: a phrase after "as well as" is the tree's conjunct, enhanced++ gives it the verb too.
    for (const d of sentence.deps) {
      // A name after "as well as" may come as a clause of its own (advcl:with).
      const phrase = d.rel === 'obl:with' || (d.rel === 'advcl:with' && nounAt(sentence, d.dep));
      if (d.gov === verb && phrase && d.dep > clause.dep && d.dep < subject.dep && hasCase(sentence, d.dep, 'with')) rewired.set(d.dep, { rel: 'obl:with', gov: clause.dep, dep: d.dep });
    }
  }
}

/** The phrase at `noun` is introduced by the preposition `word` ("with X", "by X"). */
const hasCase = (sentence: ParsedSentence, noun: number, word: string): boolean =>
  sentence.tree.some((c) => c.gov === noun && c.rel === 'case' && sentence.tokens[c.dep]?.word.toLowerCase() === word);

/**
 * "The UK, the wider Coalition and the Government of Iraq are committed to …": the parser reads a list
 * after its first member as an apposition (the first "appos" the second, the second "conj" the third),
 * so only the first is the subject. Rewritten as the list it is: each is a conjunct of the first and
 * shares its relation to its governor (added to the enhanced arcs, as enhanced++ does for conjuncts).
 */
function listReadAsApposition(sentence: ParsedSentence, rewired: Rewiring, added: Dependency[]): void {
  const { tokens, tree, deps } = sentence;
  for (const appos of tree) {
    if (appos.rel !== 'appos') continue;
    const [first, second] = [appos.gov, appos.dep];
    const rest = tree.filter((d) => d.gov === second && d.rel === 'conj').map((d) => d.dep);
    const joinedByAnd = rest.some((z) => tree.some((d) => d.gov === z && d.rel === 'cc' && tokens[d.dep]?.word.toLowerCase() === 'and'));
    if (rest.length === 0 || !joinedByAnd) continue;
    rewired.set(second, { rel: 'conj', gov: first, dep: second });
    const upward = deps.filter((d) => d.dep === first && !d.rel.startsWith('conj') && d.rel !== 'appos');
    for (const member of [second, ...rest]) {
      added.push({ rel: 'conj:and', gov: first, dep: member });
      for (const u of upward) added.push({ rel: u.rel, gov: u.gov, dep: member });
    }
  }
}

/**
 * "The Secretary and Foreign Minister discussed …": the parser reads the first title, determiner and
 * all, as a modifier compounded into the second ("the [Secretary and Foreign] Minister"), so one
 * person seems to speak. A determiner on a compound modifier that has a conjunct compounded into the
 * same noun marks the modifier as a noun phrase of its own: rewritten as the first conjunct, the noun
 * as its conjunct sharing its relation (added to the enhanced arcs, as enhanced++ does for conjuncts).
 */
function determinedModifierReadAsCompound(sentence: ParsedSentence, rewired: Rewiring, added: Dependency[]): void {
  const { tokens, tree, deps } = sentence;
  for (const mod of tree) {
    const [noun, first] = [mod.gov, mod.dep];
    if (mod.rel !== 'compound' || tokens[first]?.pos !== 'NNP' || !tree.some((d) => d.gov === first && d.rel === 'det')) continue;
    const second = tree.find((d) => d.gov === first && d.rel === 'conj' && d.dep < noun && deps.some((c) => c.gov === noun && c.dep === d.dep && c.rel === 'compound'));
    const cc = second ? tree.find((d) => d.gov === second.dep && d.rel === 'cc') : undefined;
    const nounArc = tree.find((d) => d.dep === noun);
    if (!second || !cc || !nounArc || nounArc.gov < 0) continue;
    rewired.set(first, { rel: nounArc.rel, gov: nounArc.gov, dep: first });
    rewired.set(noun, { rel: 'conj', gov: first, dep: noun });
    rewired.set(second.dep, { rel: 'compound', gov: noun, dep: second.dep });
    rewired.set(cc.dep, { rel: 'cc', gov: noun, dep: cc.dep });
    added.push({ rel: `conj:${tokens[cc.dep]?.word.toLowerCase() ?? 'and'}`, gov: first, dep: noun });
    for (const u of deps.filter((d) => d.dep === noun && d.gov === nounArc.gov)) added.push(u);
  }
}

/**
 * "committed to continuing to provide X": the parser makes the aspectual gerund the subject of the
 * clause it governs, so the clause seems to have a subject of its own. Rewritten as an auxiliary.
 */
const ASPECTUAL = new Set(['continue', 'keep', 'begin', 'start']);
function aspectualReadAsSubject(sentence: ParsedSentence, rewired: Rewiring): void {
  for (const d of sentence.tree) {
    const t = sentence.tokens[d.dep];
    if (d.rel !== 'nsubj' || t?.pos !== 'VBG' || !ASPECTUAL.has(t.lemma.toLowerCase())) continue;
    if (sentence.tree.some((c) => c.gov === d.dep)) continue;
    rewired.set(d.dep, { rel: 'aux', gov: d.gov, dep: d.dep });
  }
}

/**
 * "met her Indonesian counterpart Retno Marsudi": the parser leaves the name after a common noun
 * unattached (`dep`), so the person is no argument. Rewritten as the apposition it is, when the name
 * follows the noun directly (only its own compounds between them).
 */
function nameReadAsDep(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const d of tree) {
    if (d.rel !== 'dep' || d.dep <= d.gov || !nounAt(sentence, d.gov) || (tokens[d.gov]?.pos ?? '').startsWith('NNP') || tokens[d.dep]?.pos !== 'NNP') continue;
    const between = tokens.slice(d.gov + 1, d.dep);
    if (!between.every((t) => t.pos === 'NNP' && tree.some((a) => a.dep === t.i && a.gov === d.dep && a.rel === 'compound'))) continue;
    rewired.set(d.dep, { rel: 'appos', gov: d.gov, dep: d.dep });
  }
}

/**
 * "Speaking after talks with X, Y said …", "Responding to the report, Y said …": the parser leaves a
 * sentence-opening participle unattached (`dep`), so it shares no subject. Rewritten as the adverbial
 * clause it is when a comma closes it before its governor.
 */
function openingParticipleReadAsDep(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const d of tree) {
    if (d.rel !== 'dep' || d.dep !== 0 || d.gov <= d.dep || tokens[d.dep]?.pos !== 'VBG' || !verbAt(sentence, d.gov)) continue;
    if (!tokens.slice(d.dep + 1, d.gov).some((t) => t.word === ',')) continue;
    rewired.set(d.dep, { rel: 'advcl', gov: d.gov, dep: d.dep });
  }
}

/**
 * "X has been accused of misusing funds, much of it believed to have been embezzled, by Haitian
 * officials": the parser gives the by-phrase after the closing comma of an inserted clause to the
 * passive inside it. The agent is the outer passive's, when that one has none: the by-phrase stands
 * after a comma, and another comma opens the inserted clause between the two verbs.
 */
function agentOfInsertedClause(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  const arcOf = (k: number) => tree.find((d) => d.dep === k);
  const passive = (k: number) => tree.some((d) => d.gov === k && (d.rel === 'aux:pass' || d.rel === 'nsubj:pass'));
  const byPhrase = (d: Dependency) => (d.rel === 'obl' || d.rel === 'obl:agent') && hasCase(sentence, d.dep, 'by');
  const hasAgent = (k: number) => tree.some((d) => d.gov === k && byPhrase(d));
  for (const agent of tree) {
    if (agent.gov < 0 || !byPhrase(agent)) continue;
    const by = tree.find((d) => d.gov === agent.dep && d.rel === 'case');
    if (!by || tokens[by.dep - 1]?.word !== ',') continue;
    for (let k = arcOf(agent.gov)?.gov ?? -1, steps = 0; k >= 0 && steps < 12; k = arcOf(k)?.gov ?? -1, steps++) {
      if (!verbAt(sentence, k) || !passive(k)) continue;
      const opened = tokens.slice(k + 1, agent.gov).some((t) => t.word === ',');
      if (opened && !hasAgent(k)) rewired.set(agent.dep, { rel: agent.rel, gov: k, dep: agent.dep });
      break;
    }
  }
}

/**
 * "their fight against terrorism, in particular against ISIL": a phrase that singles out part of the
 * one before ("in particular", "especially", "notably" + the same preposition) is read as a clause of
 * its own hung on the main verb. Rewritten: it depends as the earlier phrase does, on the same word.
 */
const SINGLING_OUT = new Set(['particular', 'especially', 'notably', 'particularly', 'specifically', 'mainly', 'chiefly']);

function elaborationReadAsClause(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  const caseOf = (k: number) => tokens[tree.find((d) => d.gov === k && d.rel === 'case')?.dep ?? -1]?.word.toLowerCase();
  for (const arc of tree) {
    const x = arc.dep;
    const prep = caseOf(x);
    if (!prep || !(arc.rel === 'obl' || arc.rel === 'nmod')) continue;
    // The singling-out word is the phrase's governor ("in particular") or stands right before its preposition.
    const marker = SINGLING_OUT.has(tokens[arc.gov]?.word.toLowerCase() ?? '') ? arc.gov : -1;
    const before = tokens.findIndex((t, k) => k < x && SINGLING_OUT.has(t.word.toLowerCase()) && tokens[k + 1]?.word.toLowerCase() === prep);
    const at = marker >= 0 ? marker : before;
    if (at < 0 || tokens[at - 1]?.word !== ',' && tokens[at - 2]?.word !== ',') continue;
    // The phrase it singles out of: the last one before with the same preposition.
    const earlier = tree.filter((d) => d.dep < at && (d.rel === 'obl' || d.rel === 'nmod') && caseOf(d.dep) === prep && d.gov >= 0).pop();
    if (!earlier || earlier.dep === x) continue;
    rewired.set(x, { rel: `${earlier.rel}:${prep}`, gov: earlier.gov, dep: x });
  }
}

/**
 * "condemns the attack in Kabul claimed by ISKP", "condemned the bombing claimed by the TTP": the parser
 * reads the noun as the subject of a clause "claimed by …" hung on the verb (`ccomp`, `dep`), so the verb
 * has no object. Rewritten as the reduced relative it is: the noun is the verb's object, the participle
 * its modifier — when the "clause" has no auxiliary, marker or copula of its own and a by-phrase follows.
 */
const CLAUSE_RELS = new Set(['ccomp', 'dep', 'parataxis']);
const FINITE_PARTS = new Set(['aux', 'aux:pass', 'cop', 'mark', 'nsubj:pass', 'expl']);

function reducedRelativeReadAsClause(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const arc of tree) {
    const v = arc.dep;
    const g = arc.gov;
    if (g < 0 || !CLAUSE_RELS.has(arc.rel) || !/^VB[DN]$/.test(tokens[v]?.pos ?? '') || !verbAt(sentence, g)) continue;
    const kids = tree.filter((d) => d.gov === v);
    const subject = kids.find((d) => d.rel === 'nsubj' && d.dep < v && d.dep > g);
    if (!subject || !nounAt(sentence, subject.dep) || kids.some((d) => FINITE_PARTS.has(d.rel))) continue;
    if (!kids.some((d) => d.dep > v && (d.rel === 'obl:agent' || d.rel.startsWith('obl')) && hasCase(sentence, d.dep, 'by'))) continue;
    if (tree.some((d) => d.gov === g && d.rel === 'obj')) continue;
    rewired.set(subject.dep, { rel: 'obj', gov: g, dep: subject.dep });
    rewired.set(v, { rel: 'acl', gov: subject.dep, dep: v });
  }
}

/**
 * "I encourage X and Y to now work together": an adverb between "to" and the verb makes the parser read
 * the infinitive as a phrase ("to" its case, the verb an `obl:to` of the governor), so no control chain
 * reaches it. Rewritten as the complement it is: xcomp + mark.
 */
function infinitiveReadAsPhrase(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  for (const arc of tree) {
    if (arc.gov < 0 || (arc.rel !== 'obl' && arc.rel !== 'obl:to') || tokens[arc.dep]?.pos !== 'VB' || !verbAt(sentence, arc.gov)) continue;
    const to = tree.find((d) => d.gov === arc.dep && d.rel === 'case' && tokens[d.dep]?.word.toLowerCase() === 'to');
    if (!to) continue;
    rewired.set(arc.dep, { rel: 'xcomp', gov: arc.gov, dep: arc.dep });
    rewired.set(to.dep, { rel: 'mark', gov: arc.dep, dep: to.dep });
  }
}

/**
 * "We went to Afghanistan to root out al Qaeda": a verb that is also a noun, after "to" and before its
 * particle, is tagged a noun with "to" as its case and the particle as the case of its object. Rewritten
 * as the purpose clause it is: the verb (re-tagged) a clause of its governor, "to" its marker, the
 * particle a particle, the noun its object.
 */
const PARTICLES = new Set(['out', 'off', 'up', 'down']);

function verbReadAsNounBeforeParticle(sentence: ParsedSentence, rewired: Rewiring, retagged: Set<number>): void {
  const { tokens, tree } = sentence;
  for (const arc of tree) {
    const w = arc.dep;
    if (arc.gov < 0 || !arc.rel.startsWith('obl') || tokens[w]?.pos !== 'NN' || !verbAt(sentence, arc.gov)) continue;
    const to = tree.find((d) => d.gov === w && d.rel === 'case' && d.dep === w - 1 && tokens[d.dep]?.word.toLowerCase() === 'to');
    const particle = tokens[w + 1];
    const objectArc = particle && PARTICLES.has(particle.word.toLowerCase()) ? tree.find((d) => d.gov === w && d.dep > w + 1 && tree.some((c) => c.gov === d.dep && c.dep === w + 1 && c.rel === 'case')) : undefined;
    if (!to || !objectArc) continue;
    rewired.set(w, { rel: 'advcl', gov: arc.gov, dep: w });
    rewired.set(to.dep, { rel: 'mark', gov: w, dep: to.dep });
    rewired.set(w + 1, { rel: 'compound:prt', gov: w, dep: w + 1 });
    rewired.set(objectArc.dep, { rel: 'obj', gov: w, dep: objectArc.dep });
    retagged.add(w);
  }
}

/**
 * "the accord between the Government of Iraq, led by Prime Minister X, and the Taliban": a participle
 * set off by commas after a noun, with its by-phrase, is read as a conjunct of the sentence's verb, and
 * the noun after ", and" with it, so the list loses its second member; "an agreement, duly negotiated
 * between X and Y, that …" leaves the participle a loose dependent of the verb. Rewritten as the reduced
 * relative it is (the participle a modifier of the noun before its comma) and the later noun, if any, a
 * conjunct of that noun sharing its relation (added to the enhanced arcs, as enhanced++ does for
 * conjuncts); the subject the parser lent the participle from the verb is dropped.
 */
const NAME_PARTS = new Set(['compound', 'flat', 'flat:name']);

function participleAsideReadAsConjunct(sentence: ParsedSentence, rewired: Rewiring, added: Dependency[], dropped: Dependency[]): void {
  const { tokens, tree, deps } = sentence;
  const arcOf = (k: number) => tree.find((d) => d.dep === k);
  for (const arc of tree) {
    const [verb, p] = [arc.gov, arc.dep];
    if ((arc.rel !== 'conj' && arc.rel !== 'dep') || verb < 0 || tokens[p]?.pos !== 'VBN' || !verbAt(sentence, verb)) continue;
    const kids = tree.filter((d) => d.gov === p);
    // The comma before the participle and its adverbs ("…, duly negotiated").
    let opening = p;
    while (kids.some((d) => d.dep === opening - 1 && d.rel === 'advmod')) opening--;
    if (tokens[opening - 1]?.word !== ',') continue;
    const agent = kids.find((d) => d.rel === 'obl' || d.rel === 'obl:agent');
    if (!agent || (arc.rel === 'conj' && !hasCase(sentence, agent.dep, 'by')) || kids.some((d) => FINITE_PARTS.has(d.rel) || d.rel === 'nsubj')) continue;
    // The noun phrase before the comma: up from its last word through its name and of-phrases.
    let noun = opening - 2;
    for (let up = arcOf(noun); up && up.gov >= 0 && up.gov < noun && (NAME_PARTS.has(up.rel) || (up.rel.startsWith('nmod') && hasCase(sentence, noun, 'of'))); up = arcOf(noun)) noun = up.gov;
    if (!nounAt(sentence, noun) || noun >= p) continue;
    // A loose participle is the noun's only when the noun is the verb's object ("inherited an agreement,
    // negotiated …"); after a place ("hosted a meeting in Moscow, attended by …") it may be the verb's.
    if (arc.rel === 'dep' && (arcOf(noun)?.gov !== verb || arcOf(noun)?.rel !== 'obj')) continue;
    const end = Math.max(p, ...kids.map((d) => d.dep), ...tree.filter((d) => d.gov === agent.dep).map((d) => d.dep));
    // The next member: a conjunct of the verb after the phrase, or a noun the parser hung on its "and".
    const member = tree.find((d) => d.dep > end && nounAt(sentence, d.dep) && ((d.gov === verb && d.rel === 'conj') || (d.rel === 'dep' && arcOf(d.gov)?.gov === verb && tokens[d.gov]?.pos === 'CC')));
    const cc = member && (tokens[member.gov]?.pos === 'CC' ? member.gov : tree.find((d) => d.gov === member.dep && d.rel === 'cc')?.dep);
    // A conjunct participle comes with the list's next member; a loose one may stand alone.
    if ((!member || cc === undefined) && arc.rel === 'conj') continue;
    rewired.set(p, { rel: 'acl', gov: noun, dep: p });
    dropped.push(...deps.filter((d) => d.gov === p && d.rel.startsWith('nsubj') && !kids.some((k) => k.dep === d.dep)));
    if (!member || cc === undefined) continue;
    rewired.set(member.dep, { rel: 'conj', gov: noun, dep: member.dep });
    rewired.set(cc, { rel: 'cc', gov: member.dep, dep: cc });
    added.push({ rel: `conj:${tokens[cc]?.word.toLowerCase() ?? 'and'}`, gov: noun, dep: member.dep });
    for (const u of deps.filter((d) => d.dep === noun && !d.rel.startsWith('conj') && d.rel !== 'appos')) added.push({ rel: u.rel, gov: u.gov, dep: member.dep });
  }
}

/**
 * "…, killing 13 American service members and more than 100 innocent Afghans": the parser joins the last
 * noun of the list to a word before the participle (the participle itself, or the noun it modifies), so
 * only the first is killed. A noun conjoined across a verb and that verb's object, with no clause of its
 * own, is the object's conjunct: rewired as one and made an object of the verb (added to the enhanced
 * arcs, as enhanced++ does), the arcs it shared with the far conjunct dropped.
 */
function objectConjunctAttachedHigh(sentence: ParsedSentence, rewired: Rewiring, added: Dependency[], dropped: Dependency[]): void {
  const { tokens, tree, deps } = sentence;
  for (const arc of deps) {
    const [far, noun] = [arc.gov, arc.dep];
    if (!arc.rel.startsWith('conj') || far >= noun || !nounAt(sentence, noun) || rewired.has(noun)) continue;
    if (tree.some((d) => d.gov === noun && (d.rel.startsWith('nsubj') || d.rel === 'obj' || d.rel === 'cop' || d.rel.startsWith('aux')))) continue;
    // The nearest verb object before the noun, its verb after the far conjunct (or the far conjunct itself).
    const object = deps.filter((d) => d.rel === 'obj' && d.dep < noun && d.gov >= far && d.gov < d.dep && verbAt(sentence, d.gov)).sort((a, b) => b.dep - a.dep)[0];
    if (!object || object.dep === far || !nounAt(sentence, object.dep)) continue;
    if (tokens.slice(object.dep + 1, noun).some((t) => t.pos.startsWith('VB'))) continue;
    rewired.set(noun, { rel: 'conj', gov: object.dep, dep: noun });
    added.push({ rel: arc.rel, gov: object.dep, dep: noun }, { rel: 'obj', gov: object.gov, dep: noun });
    dropped.push(arc, ...deps.filter((d) => d.dep === noun && d.gov !== far && deps.some((u) => u.dep === far && u.gov === d.gov && u.rel === d.rel)));
  }
}

/**
 * "The Government of Iraq, supported by the Coalition, recaptured Ramadi from Daesh": the parser makes
 * the participle between the commas the sentence's root, its noun the participle's subject and the real
 * verb a loose dependent. Rewritten as it reads: the verb the root with the noun its subject, the
 * participle the noun's modifier — when the participle has a by-phrase and no auxiliary of its own, and
 * the verb after the closing comma is finite with no subject of its own.
 */
function participleAsideReadAsMain(sentence: ParsedSentence, rewired: Rewiring): void {
  const { tokens, tree } = sentence;
  const p = tree.find((d) => d.gov < 0 && tokens[d.dep]?.pos === 'VBN')?.dep;
  if (p === undefined || tokens[p - 1]?.word !== ',') return;
  const kids = tree.filter((d) => d.gov === p);
  const subject = kids.find((d) => d.rel === 'nsubj' && d.dep < p);
  if (!subject || kids.some((d) => FINITE_PARTS.has(d.rel)) || !kids.some((d) => d.rel.startsWith('obl') && d.dep > p && hasCase(sentence, d.dep, 'by'))) return;
  const verb = kids.find((d) => (d.rel === 'dep' || d.rel === 'parataxis' || d.rel === 'conj') && /^VB[DZP]$/.test(tokens[d.dep]?.pos ?? '') && tokens[d.dep - 1]?.word === ',');
  if (!verb || tree.some((d) => d.gov === verb.dep && d.rel.startsWith('nsubj'))) return;
  rewired.set(verb.dep, { rel: 'root', gov: -1, dep: verb.dep });
  rewired.set(subject.dep, { rel: 'nsubj', gov: verb.dep, dep: subject.dep });
  rewired.set(p, { rel: 'acl', gov: subject.dep, dep: p });
}

/** The sentence with known misparses mended (the same object when nothing needed mending). */
export function repairTree(sentence: ParsedSentence): ParsedSentence {
  const rewired: Rewiring = new Map();
  clauseUnderTo(sentence, rewired);
  gerundReadAsModifier(sentence, rewired);
  prepositionPhraseReadAsSubject(sentence, rewired);
  aspectualReadAsSubject(sentence, rewired);
  nameReadAsDep(sentence, rewired);
  openingParticipleReadAsDep(sentence, rewired);
  const added: Dependency[] = [];
  listReadAsApposition(sentence, rewired, added);
  callOnReadAsClause(sentence, rewired, added);
  withListOfOpeningClause(sentence, rewired);
  determinedModifierReadAsCompound(sentence, rewired, added);
  agentOfInsertedClause(sentence, rewired);
  elaborationReadAsClause(sentence, rewired);
  reducedRelativeReadAsClause(sentence, rewired);
  infinitiveReadAsPhrase(sentence, rewired);
  const retagged = new Set<number>();
  verbReadAsNounBeforeParticle(sentence, rewired, retagged);
  const dropped: Dependency[] = [];
  participleAsideReadAsConjunct(sentence, rewired, added, dropped);
  objectConjunctAttachedHigh(sentence, rewired, added, dropped);
  participleAsideReadAsMain(sentence, rewired);
  if (rewired.size === 0) return sentence;
  const oldArc = new Map(sentence.tree.map((d) => [d.dep, d]));
  const tree = sentence.tree.map((d) => rewired.get(d.dep) ?? d);
  // A rewired token's enhanced arcs from its old governor move with it (keeping an enhanced name such
  // as obl:to when only the governor changed); so do those its conjuncts inherited from that governor
  // ("welcoming X and Y": obl:to(looks, Y) becomes obj(welcoming, Y)).
  const deps: Dependency[] = [];
  const placed = new Set<number>();
  const move = (d: Dependency, from: Dependency, to: Dependency): Dependency => (to.rel === from.rel ? { ...d, gov: to.gov } : { rel: to.rel, gov: to.gov, dep: d.dep });
  for (const d of sentence.deps) {
    if (dropped.includes(d)) continue;
    const to = rewired.get(d.dep);
    const from = oldArc.get(d.dep);
    if (to && from && from.gov === d.gov) {
      deps.push(move(d, from, to));
      placed.add(d.dep);
      continue;
    }
    const conj = sentence.deps.find((c) => c.dep === d.dep && c.rel.startsWith('conj') && rewired.has(c.gov) && oldArc.get(c.gov)?.gov === d.gov);
    const head = conj ? oldArc.get(conj.gov) : undefined;
    const headTo = conj ? rewired.get(conj.gov) : undefined;
    deps.push(head && headTo && d.rel.split(':')[0] === head.rel ? move(d, head, headTo) : d);
  }
  for (const d of rewired.values()) if (!placed.has(d.dep)) deps.push(d);
  deps.push(...added);
  const tokens = retagged.size === 0 ? sentence.tokens : sentence.tokens.map((t) => (retagged.has(t.i) ? { ...t, pos: 'VB' } : t));
  return { ...sentence, tokens, tree, deps };
}

// The dependency-parse event coder: a document's text and its parse (parse/) → the
// DocumentExtraction the loader writes. Mentions come from the shared mention layer over the
// parser's sentences; events from the tree (events.ts); polarity and modality from the tree
// (polarity.ts); years from the time expression that governs the clause (claim-year.ts). Pure.
import { publicationYear, type Actor, type DocumentExtraction, type Mention } from '../../shared/contract';
import type { ExtractInput } from '../extract/extractor';
import type { FoundMention } from '../extract/mention-types';
import type { ExtractorResources, GazetteerActor } from '../extract/resources';
import type { ParsedDocument, ParsedSentence } from '../parse/parse-types';
import type { ArgMention } from './arguments';
import { isCooperative, RELATION_TYPE_INFO, type Modality, type RelationType } from '../../shared/vocabulary';
import type { CameoVerbs, DependencyVocabulary } from './trigger-lexicon';

/** One entry of ingest/lexicon/agents.json (converted from the Phoenix agents dictionary). */
export interface AgentNoun {
  noun: string;
  plural: string;
  code: string;
}
import { compileCoref, resolveCoref, resolveReportedPronouns } from '../extract/coref';
import { assembleExtraction, claimSink } from '../extract/assemble';
import { createExtractor } from '../extract/extractor';
import { compileOfficeHolders } from '../extract/office-holders';
import { claimYear, narrativeYear, sentenceTimexes } from './claim-year';
import { carriesAgreement, eventNounOf, findEvents, victimPrepsOf } from './events';
import { mainSubjectOf, openingSubjectPronoun } from './subject-continuity';
import { findPairReferences, mayReferToPair, type PairKind } from './group-references';
import { findAlignments } from './alignments';
import { findCopularRoles } from './copular-roles';
import { findAccusations } from './accusations';
import { findIntents, promisesHostileAct } from './intents';
import { findConditionalThreats, inOpeningCondition } from './conditional-threats';
import { findResponsibility } from './responsibility';
import { findCopularVisits } from './journeys';
import { deploymentOf } from './deployments';
import { announcedAct } from './announced-attacks';
import { findMemberships, joiningHolds } from './memberships';
import { findParsedNames, type ParsedName } from './parsed-names';
import { slugify } from '../extract/mention-types';
import { resolvePossessivePronouns } from './possessive-pronouns';
import { actorsVia, type ArgumentIndex } from './arguments';
import { deniedClause, negatedAt, polarityOf, REPORTING_VERBS, standingCommitment, type Polarity } from './polarity';
import { findSpeakerTurns, labelAsName, signatureOf } from './speaker-turns';
import { backerOf, describesNamedCounterpart, isDirectSubject, stanceOnAct, targetIsPlace, opposedParty, thirdPartySubject, nounNamesAgent, ownedByOther, subjectContradicts, tokenAt, victimOfHarmAbout } from './rule-check';
import { buildGraph, rootOf, type SentenceGraph } from './sentence-graph';
import { repairTree } from './tree-repairs';
import { compileTriggerLexicon } from './trigger-lexicon';
import { nounAt, verbAt } from '../parse/pos';

export const CODER_VERSION = 'coder-0.12.0';

/** One relation stated in one sentence: the key by which a surface claim and the tree's stand for each other. */
const statedKey = (sentenceStart: number, source: string, type: RelationType, target: string): string => `${sentenceStart}|${source}|${type}|${target}`;
/** Determiners by which a noun refers back to one the text stated ("the strike", "this attack"). */
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that']);
/** Words that leave a force the issuer's own in its release ("security forces", "own troops"). */
const OWN_FORCE_MODIFIERS = new Set(['own', 'security', 'armed', 'our', 'regular']);
const WEAK_KINDS = new Set(['demonym', 'metonym', 'era', 'surname']);
/** Verbs that carry an act on ("continue to support", "keep providing", "remain committed to"). */
const ONGOING = new Set(['continue', 'keep', 'remain', 'maintain', 'sustain']);
/** Relations a person does not have with their own state (accusing it stays: "X accused the Pakistani government"). */
const OWN_SIDE_TYPES = new Set<string>(['COOPERATES_WITH', 'SUPPORTS', 'MET_WITH', 'VISITED']);
/** Verbs whose object is a topic: an event noun there is talked about, not done ("discussed the fight against X"). */
const TOPIC_VERBS = new Set(['discuss', 'review', 'address', 'debate', 'examine', 'consider']);

export interface DocumentCoder {
  version: string;
  code(input: ExtractInput, parse: ParsedDocument): DocumentExtraction;
}

/** The subject of the reporting verb that governs token i ("Minister X said: I …"), if it is an actor. */
function reportingSpeaker(graph: SentenceGraph, at: ArgumentIndex, i: number): string | null {
  for (let k = i, guard = 0; k >= 0 && guard < 40; k = graph.head(k), guard++) {
    const tok = graph.sentence.tokens[k];
    if (!tok || !REPORTING_VERBS.has(tok.lemma.toLowerCase())) continue;
    const subject = actorsVia(graph, at, k, (r) => r === 'nsubj')[0];
    if (subject) return subject.mention.actor;
  }
  // "X said:" with the colon attached to the verb.
  const root = rootOf(graph);
  if (root && REPORTING_VERBS.has(root.lemma.toLowerCase()) && graph.sentence.tokens[i]?.word === ':') {
    return actorsVia(graph, at, root.i, (r) => r === 'nsubj')[0]?.mention.actor ?? null;
  }
  return null;
}

function isQuestion(sentence: ParsedSentence): boolean {
  return sentence.tokens[sentence.tokens.length - 1]?.word === '?';
}

/** A threat is made when it is said, whatever the mood of what it announces; a reported one stays reported. */
const threatModality = (m: Modality): Modality => (m === 'reported' ? 'reported' : 'asserted');

function round(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;
}

export function createDocumentCoder(resources: ExtractorResources, own: DependencyVocabulary, agentNouns: readonly AgentNoun[], cameo?: CameoVerbs): DocumentCoder {
  const orgHeads = new Set(resources.roles.orgHeads);
  // Names ending in a place word or an instrument ('the Doha Agreement') are no actors.
  const placeHeads = new Set([...own.placeHeads, ...resources.cues.instrumentNouns]);
  /** Every word of a title, rank or title modifier: a name made of these alone is a title ("Prime Minister"). */
  const titleSpecs = new Map(resources.roles.titles.map((t) => [t.t.toLowerCase(), t]));
  const titleWords = new Set([...resources.roles.titles.map((t) => t.t), ...resources.roles.ranks, ...resources.roles.modifiers].flatMap((t) => t.toLowerCase().split(/[\s-]+/)));
  const deployedBodies = new Set(own.deployedBodies);
  /** One-word agent nouns, singular and plural, lower case. */
  const nounForms = (list: readonly AgentNoun[]): Set<string> => new Set(list.flatMap((a) => [a.noun, a.plural]).filter((n) => !n.includes(' ')).map((n) => n.toLowerCase()));
  const agents = nounForms(agentNouns);
  const populationCodes = new Set(own.populationAgentCodes ?? []);
  const populations = nounForms(agentNouns.filter((a) => populationCodes.has(a.code)));
  const rules = createExtractor(resources);
  const offices = compileOfficeHolders(resources.gazetteer.offices ?? []);
  const lexicon = compileTriggerLexicon(resources.lexicon, resources.cues.prepositions, own, cameo);
  const memberNouns = new Set(own.memberNouns);
  const accusingVerbs = new Set(own.accusingVerbs);
  const deterredActs = new Set(own.deterredActs ?? []);
  const issuerVoiceNouns = new Set(own.issuerVoiceNouns ?? []);
  const backingParticiples = new Set(own.backingParticiples ?? []);
  const firstPlural = new Set(own.firstPerson.plural);
  const firstSingular = new Set(own.firstPerson.singular);
  /** The first actor the gazetteer finds in a short metadata string (publisher, title). */
  const actorIn = (value: string | null, type?: string): string | null => {
    if (!value) return null;
    const layer = rules.findMentions(value, null);
    const m = layer.mentions.find((x) => !x.attached && x.actor && (type === undefined || layer.registry.get(x.actor)?.type === type));
    return m ? m.actor : null;
  };
  const gazetteerById = new Map(resources.gazetteer.actors.map((a) => [a.id, a]));
  const isStateId = (id: string): boolean => gazetteerById.get(id)?.type === 'state';
  /** The state an actor is or belongs to (a ministry's, a government's). */
  const stateOf = (id: string | null): GazetteerActor | null => {
    const actor = id ? gazetteerById.get(id) : undefined;
    const state = actor && (isStateId(actor.id) ? actor.id : actor.affiliations.find(isStateId));
    return state ? (gazetteerById.get(state) ?? null) : null;
  };
  /** A foreign ministry's "we" is its state ("the State Department: we condemn …" — the United States condemns). */
  const stateVoices = new Set(own.stateVoices ?? []);
  const voiceOf = (org: string | null): string | null => {
    if (!org || !stateVoices.has(org)) return org;
    return stateOf(org)?.id ?? org;
  };
  /** A title alone as the holder of that title in a state: "Prime Minister" → "Prime Minister of the United Kingdom". */
  const heldIn = (found: ParsedName, state: GazetteerActor): ParsedName => {
    const name = `${found.actor.name} of ${state.name}`;
    const id = `d-${slugify(name)}`;
    return { ...found, actor: { ...found.actor, id, name, aliases: [name, found.actor.name] }, mention: { ...found.mention, actor: id } };
  };
  /** The state a title's own modifier names ("the Iraqi Foreign Minister", "Pakistan's Prime Minister", "the Prime Minister of Pakistan"). */
  const stateOfTitle = (graph: SentenceGraph, at: readonly (ArgMention | undefined)[], title: readonly number[]): string | null => {
    for (const k of title) {
      for (const c of graph.children(k)) {
        const actor = at[c.dep]?.actor;
        if (!title.includes(c.dep) && /^(amod|compound|nmod:poss|nmod:of)$/.test(c.rel) && actor && isStateId(actor)) return actor;
      }
    }
    return null;
  };
  const coref = compileCoref(resources.cues.coref);
  const reporting = new Set(resources.cues.reporting.filter((r) => !r.includes(' ')));

  function code({ meta, text, sha256 }: ExtractInput, parse: ParsedDocument): DocumentExtraction {
    if (typeof text !== 'string') throw new Error(`Coder: \`text\` of document "${meta?.id}" must be a string.`);
    if (!meta || typeof meta.id !== 'string' || meta.id.length === 0) throw new Error('Coder: `meta.id` must be a non-empty string.');
    const published = meta.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : null;
    const pubYear = publicationYear(published);
    const publisher = actorIn(meta.publisher ?? null);
    const issuer = voiceOf(publisher);
    // A military that issues the text: a body one of whose names is a force ("Pakistan Army", "Israeli forces").
    const issuerIsForce = !!issuer && gazetteerById.get(issuer)?.type === 'agency' && (gazetteerById.get(issuer)?.aliases ?? []).some((a) => a.split(/\s+/).some((w) => deployedBodies.has(w.toLowerCase())));
    // A title alone with no holder named ("The Prime Minister paid a visit") is the issuer's state's holder,
    // or the publishing body's own ("the Secretary" of a State Department text).
    const issuerState = stateOf(issuer);
    const layer = rules.findMentions(text, published, parse.sentences, issuerState?.id ?? null, publisher);
    // The surface rules over the parser's sentences (with the role edges of titles and appositions):
    // what they find stays, the tree adds the rest.
    const ruleClaims = rules.extractFromMentions({ meta, text }, layer).claims;
    const { tokens, registry, taken, docSpan } = layer;

    // Light coreference ("the group", "he") over the previous sentences' mentions.
    const perSentence: FoundMention[][] = layer.sentences.map((s) => layer.mentions.filter((m) => m.ts >= s.t0 && m.ts < s.t1));
    const all: FoundMention[] = [...layer.mentions];
    layer.sentences.forEach((s, si) => {
      const base = perSentence[si] as FoundMention[];
      const context = [...(perSentence[si - 3] ?? []), ...(perSentence[si - 2] ?? []), ...(perSentence[si - 1] ?? []), ...base];
      all.push(...resolveCoref(coref, tokens, s.t0, s.t1, context, taken, registry));
      all.push(...resolveReportedPronouns(tokens, s.t0, s.t1, base, taken, reporting, registry));
    });
    const args: ArgMention[] = [];
    for (const m of all) {
      const actor = m.actor || (m.preferFirst ? m.candidates?.[0] : undefined);
      if (!actor || m.attached || registry.get(actor)?.media) continue;
      const [start, end] = docSpan(m.ts, m.te);
      args.push({ actor, start, end, kind: m.kind, ...(m.place ? { place: m.place } : {}) });
    }
    // "High Council for National Reconciliation Chairman Abdullah Abdullah": a body named in its holder's
    // title stands, in the tree, for the holder (the parser often makes the body the conjunct or object
    // and strands the person behind the body's own "for"/"of").
    // The claim's span stays the person's own name.
    const standIns: { start: number; end: number; mention: ArgMention }[] = [];
    for (const { edge } of layer.roleEdges) {
      if (!edge.org.attached || edge.org.te > edge.person.ts || registry.get(edge.org.actor)?.type === 'state') continue;
      const [start, end] = docSpan(edge.org.ts, edge.org.te);
      const [pStart, pEnd] = docSpan(edge.person.ts, edge.person.te);
      standIns.push({ start, end, mention: { actor: edge.person.actor, start: pStart, end: pEnd, kind: edge.person.kind } });
    }
    args.sort((a, b) => a.start - b.start);
    // Words the mention layer read: names, and titles ("Minister of Foreign Affairs" names no body).
    const layerSpans = [...layer.mentions.map((m) => docSpan(m.ts, m.te)), ...[...layer.titleTokens].map((k) => docSpan(k, k + 1))];

    const sink = claimSink(meta, CODER_VERSION);
    const { claims, push } = sink;

    const graphs = new Map<ParsedSentence, ReturnType<typeof buildGraph>>();
    const graphOf = (sentence: ParsedSentence): ReturnType<typeof buildGraph> => {
      let g = graphs.get(sentence);
      if (!g) graphs.set(sentence, (g = buildGraph(repairTree(sentence))));
      return g;
    };
    const sentenceAt = (offset: number): ParsedSentence | undefined => parse.sentences.find((s) => s.start <= offset && offset < s.end);
    const kinds = { isPerson: (a: string) => registry.get(a)?.type === 'person', isState: (a: string) => registry.get(a)?.type === 'state' };
        /** The noun sits in what a verb of discussion is about ("discuss a range of issues including the fight"). */
    const discussedTopic = (graph: SentenceGraph, noun: number): boolean => {
      for (let k = noun, steps = 0; k >= 0 && steps < 4; k = graph.head(k), steps++) {
        const head = graph.head(k);
        if (head < 0) return false;
        const rel = graph.treeRel(k);
        if (rel !== 'obj' && !rel.startsWith('nmod') && rel !== 'conj' && rel !== 'obl') return false;
        if (TOPIC_VERBS.has(graph.sentence.tokens[head]?.lemma.toLowerCase() ?? '')) return true;
      }
      return false;
    };
/** A state that goes to a country deploys there; visits are made by its people ("America went to Afghanistan"), not its troops. */
    const deploys = (graph: SentenceGraph, trigger: number, source: string, start: number, end: number): boolean =>
      (kinds.isState(source) && isDirectSubject(graph, trigger, start, end)) || deploymentOf(graph, start, deployedBodies) !== 'none';
    const peacekeepersSent = (c: (typeof ruleClaims)[number]): boolean => {
      const sentence = sentenceAt(c.triggerStart);
      return !!sentence && deploymentOf(graphOf(sentence), c.sourceStart, deployedBodies) === 'peacekeepers';
    };
    /** The parsed sentence of the trigger at `offset`, its graph and the trigger's token, if the parse has it. */
    const triggerTree = (offset: number): { sentence: ParsedSentence; graph: SentenceGraph; trigger: number } | null => {
      const sentence = sentenceAt(offset);
      if (!sentence) return null;
      const graph = graphOf(sentence);
      const trigger = tokenAt(graph, offset);
      return trigger >= 0 ? { sentence, graph, trigger } : null;
    };
    /** The tree's verdict on a surface claim: unrealised ("has yet to recognise") or another subject acts. */
    function treeRejects(c: (typeof ruleClaims)[number]): boolean {
      const at = triggerTree(c.triggerStart);
      if (!at) return false;
      const { sentence, graph, trigger } = at;
      if (isQuestion(sentence)) return true;
      // An act a stance is taken on is not the stance-taker's: "Pakistan condemned the bombing in Kabul" is
      // no bombing by Pakistan (the surface rules read the verb's subject as the noun's agent).
      if (c.type !== 'ACCUSED' && c.type !== 'SUPPORTS' && c.type !== 'REJECTED' && stanceOnAct(graph, lexicon, trigger, c.sourceStart, c.sourceEnd)) return true;
      // "Qatar played no role in the talks between X and Y", "Z is not a party to the conflict between X and
      // Y": the denial is of a third party's part, not of the event its own parties had.
      if (c.negated && nounAt(sentence, trigger) && !negatedAt(graph, trigger) && graph.children(trigger).some((k) => k.rel === 'nmod:between') && thirdPartySubject(graph, trigger, (k) => { const t = graph.sentence.tokens[k]; return !!t && args.some((m) => m.start < t.end && t.start < m.end && m.actor !== c.source && m.actor !== c.target); })) return true;
      // A place is where a condemned act happened, not its author: "condemned the attack in Kabul" accuses no one.
      if (c.type === 'ACCUSED' && targetIsPlace(graph, c.targetStart, c.targetEnd)) return true;
      // The party an act of cooperation, a meeting or support is "against" is its adversary ("agreed to cooperate against ISIL").
      if (isCooperative(c.type) && opposedParty(graph, c.targetStart, c.targetEnd)) return true;
      // "his Chinese counterpart, Wang Yi": the tree's party is the person named.
      if (describesNamedCounterpart(graph, c.targetStart, c.targetEnd)) return true;
      if (c.type === 'MET_WITH' && verbAt(sentence, trigger) && carriesAgreement(lexicon, graph, trigger)) return true;
      // An event noun that is what people discuss is a topic, not an act of theirs ("met X to discuss the fight against Y").
      // Unless the noun names its own agent, the claim's source ("discussed … Russia's war against Ukraine").
      if (nounAt(sentence, trigger) && discussedTopic(graph, trigger) && !nounNamesAgent(graph, trigger, c.sourceStart, c.sourceEnd)) return true;
      // A participle used as an adjective ("the besieged town") names no act of a party outside its noun
      // phrase ("the US-backed government" names its own).
      // Adjectival for sure: no dependents of its own and a determiner before it ("the besieged town", not a
      // verb the parser folded into a noun phrase: "trained over 300,000 Afghan soldiers").
      const bare =
        graph.children(trigger).every((k) => k.rel === 'advmod' || k.rel === 'punct') &&
        graph.children(graph.head(trigger)).some((k) => (k.rel === 'det' || k.rel === 'nmod:poss') && k.dep < trigger);
      if (graph.treeRel(trigger) === 'amod' && sentence.tokens[trigger]?.pos === 'VBN' && bare && graph.head(trigger) > trigger) {
        const source = tokenAt(graph, c.sourceStart);
        if (source >= 0 && !graph.inSubtree(source, graph.head(trigger))) return true;
      }
      // "Pakistan-backed militants attacked X": the backer neither acts in the noun's acts nor suffers
      // what is done to it; the participle's own claim is about its noun ("Iran-backed Hezbollah").
      const backsSource = backerOf(graph, c.sourceStart, c.sourceEnd, backingParticiples);
      if (backsSource >= 0 && (backsSource !== trigger || !graph.inSubtree(tokenAt(graph, c.targetStart), graph.head(backsSource)))) return true;
      const backsTarget = backerOf(graph, c.targetStart, c.targetEnd, backingParticiples);
      if (backsTarget >= 0 && backsTarget !== trigger) return true;
      // A participle on a noun names its own parties ("the agreement signed by X", "a deal reached with Y"):
      // with neither end in it, the act is no act of the clause's subjects ("X and Y violated the ceasefire
      // agreement signed in 2001" says nothing of who signed it).
      if (graph.treeRel(trigger) === 'acl' && sentence.tokens[trigger]?.pos === 'VBN') {
        const ends = [tokenAt(graph, c.sourceStart), tokenAt(graph, c.targetStart)];
        if (ends.every((k) => k >= 0 && !graph.inSubtree(k, trigger))) return true;
      }
      // "agreed to attack X" is no cooperation with X.
      if (c.type === 'COOPERATES_WITH' && promisesHostileAct({ graph, lexicon }, trigger)) return true;
      const pol = polarityOf(graph, trigger);
      // A directive asks others to act and asserts nothing done ("we urge X and Y to resume talks").
      if (pol.unrealised || pol.directed || inOpeningCondition(sentence, trigger)) return true;
      // "Instead of fighting X": the tree states the act denied; the surface rules read it as done.
      if (pol.forgone && !c.negated) return true;
      // One visits a place, not the people a demonym names ("our hearts go out to the Afghan people").
      if (c.type === 'VISITED' && args.some((m) => m.start === c.targetStart && m.kind === 'demonym')) return true;
      if (c.type === 'VISITED' && deploys(graph, trigger, c.source, c.sourceStart, c.sourceEnd)) return true;
      const performs = (k: number): boolean => {
        const t = graph.sentence.tokens[k];
        return !!t && (args.some((m) => m.start < t.end && t.start < m.end) || agents.has(t.lemma.toLowerCase()) || agents.has(t.word.toLowerCase()));
      };
      if ((c.type === 'ACCUSED' || c.type === 'REJECTED') && victimOfHarmAbout(graph, trigger, c.targetStart, c.targetEnd, (k) => victimPrepsOf(lexicon, graph, k))) return true;
      // A possessor of an attack noun may be its victim ("bin Laden's killing"); of any other, its agent.
      if (c.type !== 'ATTACKED' && ownedByOther(graph, trigger, [[c.sourceStart, c.sourceEnd], [c.targetStart, c.targetEnd]], performs)) return true;
      return subjectContradicts(graph, trigger, c.sourceStart, c.sourceEnd, performs, kinds.isPerson(c.source));
    }
    const ruleKeys = new Set(ruleClaims.map((c) => statedKey(c.sentenceStart, c.source, c.type, c.target)));
    const ruleKeysUndirected = new Set(ruleClaims.map((c) => statedKey(c.sentenceStart, c.target, c.type, c.source)));
    /** Surface claims the tree vetoed, by the same key. */
    const vetoedKeys = new Set<string>();
    /**
     * The act at `offset` is carried on ("continue to support", "keep providing", "is committed to
     * supporting"), not only promised.
     */
    const ongoing = (offset: number): boolean => {
      const sentence = sentenceAt(offset);
      if (!sentence) return false;
      const graph = graphOf(sentence);
      const act = tokenAt(graph, offset);
      for (let k = graph.head(act), steps = 0; k >= 0 && steps < 3; k = graph.head(k), steps++) {
        if (ONGOING.has(graph.sentence.tokens[k]?.lemma.toLowerCase() ?? '')) return true;
      }
      return standingCommitment(graph, act);
    };
    /** The attack at `trigger` is announced, not made ("will strike X"), and not one carried on ("will continue to strike"). */
    const attackAnnounced = (graph: SentenceGraph, trigger: number, pol: Polarity): boolean =>
      announcedAct(graph, trigger, pol) && !ongoing(graph.sentence.tokens[trigger]?.start ?? -1);
    /** The same, for the surface claim whose trigger starts at `offset`. */
    const announcedAttack = (offset: number): boolean => {
      const at = triggerTree(offset);
      return at !== null && attackAnnounced(at.graph, at.trigger, polarityOf(at.graph, at.trigger));
    };
    const treeDenies = (c: (typeof ruleClaims)[number]): boolean => {
      const at = triggerTree(c.triggerStart);
      if (!at) return false;
      const { graph, trigger } = at;
      // The trigger's own clause, or the verb that carries its event noun ("denied holding talks with X").
      const clause = nounAt(graph.sentence, trigger) ? graph.head(trigger) : trigger;
      return clause >= 0 && deniedClause(graph, clause) && polarityOf(graph, trigger).negated;
    };
    /** The tree reads as someone's charge what the rules read as fact ("accused X of sponsoring Y"). */
    const treeAlleges = (c: (typeof ruleClaims)[number]): boolean => {
      const at = triggerTree(c.triggerStart);
      return at !== null && polarityOf(at.graph, at.trigger).alleged;
    };
    /** An offer or promise to meet or visit is an intent to cooperate (CAMEO 036: "will visit X", "would meet X"). */
    const promisedMeeting = (c: (typeof ruleClaims)[number]): boolean => {
      if ((c.type !== 'MET_WITH' && c.type !== 'VISITED') || c.negated || ruleKeys.has(statedKey(c.sentenceStart, c.source, 'COOPERATES_WITH', c.target))) return false;
      const at = triggerTree(c.triggerStart);
      if (!at) return false;
      // Only the promiser's own act: "we will support talks between X and Y" promises nothing of X's.
      const pol = polarityOf(at.graph, at.trigger);
      return verbAt(at.graph.sentence, at.trigger) && (pol.commissive || pol.promisedInPast);
    };
    /** A surface claim read as another claim of the same sentence and parties (its record fields left to the sink). */
    const pushAs = (c: (typeof ruleClaims)[number], changes: Partial<Pick<(typeof ruleClaims)[number], 'type' | 'modality' | 'negated'>>): void => {
      const { claimId: _id, weight: _w, extractorVersion: _v, doc: _d, publisher: _p, ...draft } = c;
      push({ ...draft, ...changes });
    };
    for (const c of ruleClaims) {
      // Peacekeepers sent are aid to the country, not a visit ("NATO peacekeeping troops arrived in Bosnia").
      if (c.type === 'VISITED' && peacekeepersSent(c)) pushAs(c, { type: 'SUPPORTS' });
      // The tree has the last word on scope: "has yet to recognise" asserts nothing either way.
      if (treeRejects(c)) {
        vetoedKeys.add(statedKey(c.sentenceStart, c.source, c.type, c.target));
        continue;
      }
      // What the surface rules read as done the tree may read as denied ("rejected reports that it had met X").
      if (!c.negated && treeDenies(c)) {
        pushAs(c, { negated: true });
        continue;
      }
      // An attack announced in the future tense is a threat ("will attack X unless …").
      if (c.type === 'ATTACKED' && announcedAttack(c.triggerStart)) {
        pushAs(c, { type: 'WARNED', modality: threatModality(c.modality) });
        continue;
      }
      // Support only promised ("will give X a grant") is the intent to cooperate the rules also state;
      // support that goes on ("will continue to support X") is support.
      if (c.type === 'SUPPORTS' && c.modality !== 'asserted' && ruleKeys.has(statedKey(c.sentenceStart, c.source, 'COOPERATES_WITH', c.target)) && !ongoing(c.triggerStart)) continue;
      if (c.modality === 'asserted' && treeAlleges(c)) {
        pushAs(c, { modality: 'reported' });
        continue;
      }
      sink.adopt(c);
      if (promisedMeeting(c)) pushAs(c, { type: 'COOPERATES_WITH' });
    }
    // An official text speaks in the first person: "we" is its publisher ("The White House" → the
    // United States), "I" the person its title names ("Statement by President X"), else its signer.
    const signature = signatureOf(text);
    const speaker = actorIn(meta.title ?? null, 'person') ?? (signature ? actorIn(labelAsName(signature), 'person') : null);
    // Transcripts: "PRESIDENT GHANI: …" makes Ghani the "I" of his turn and his state its "we";
    // "THE PRESIDENT:" is the person the title names; "Q" (the press) is nobody we know.
    // A speaker whose side we do not know speaks for the issuer, unless the label's title is one the
    // issuer's state has no office of ("PRIME MINISTER X:" in a White House transcript is a guest).
    const issuerTitles = new Set((resources.gazetteer.offices ?? []).filter((o) => o.of === publisher || (issuerState && stateOf(o.of)?.id === issuerState.id)).flatMap((o) => o.titles.map((x) => x.toLowerCase())));
    const guestTitle = (label: string): boolean => {
      const name = `${label.toLowerCase()} `;
      const title = [...titleSpecs.keys()].filter((x) => name.startsWith(`${x} `)).sort((a, b) => b.length - a.length)[0];
      return title !== undefined && !issuerTitles.has(title);
    };
    const turns = findSpeakerTurns(text).map((t) => {
      const person = t.label === 'Q' ? null : actorIn(labelAsName(t.label), 'person') ?? (/^THE /.test(t.label) ? speaker : null);
      const known = person ? voiceOf(registry.get(person)?.actor.affiliations?.[0] ?? null) : null;
      // "we" of the turn: the speaker's side; the issuer's for its own speakers; nobody's for the press ("Q").
      const org = known ?? ((person && !guestTitle(t.label)) || /^THE /.test(t.label) ? issuer : null);
      return { ...t, person, org };
    });
    const turnAt = (offset: number) => turns.find((t) => t.start <= offset && offset < t.end);
    let carriedSpeaker: string | null = null;
    const parsedMentions: Mention[] = [];
    /** People the parse found in this document, by the word that alone names them. */
    const docNames = new Map<string, Actor>();
    /** Mutual claims already made, by sentence, trigger and unordered pair. */
    const mutualSeen = new Set<string>();
    let ai = 0;
    /** Where the sentence before the one being coded starts ("They discussed …" after "X spoke with Y."). */
    let previousStart = -1;
    /** The actor the previous sentence's main clause is about, and this one's ("It has since conducted …"). */
    let previousSubject: ArgMention | null = null;
    let currentSubject: ArgMention | null = null;
    /** The year of the narrative the sentence being coded goes on in, if any ("in 2001 … rallied beside us"). */
    let narrative: number | null = null;
    let carriedYear: number | null = null;
    let previousEnd = 0;
    for (const sentence of parse.sentences) {
      // A blank line ends a paragraph, and with it a narrative.
      if (/\n[^\S\n]*\n/.test(text.slice(previousEnd, sentence.start))) narrative = null;
      // Only a sentence with a written year opens a narrative: the others are parsed for it only inside one.
      const mayTell: boolean = narrative !== null || /\b(1[89]|20)\d\d\b/.test(text.slice(sentence.start, sentence.end));
      const told: { opens: number | null; carries: boolean } = mayTell ? narrativeYear(graphOf(sentence), sentenceTimexes(sentence, text, published), narrative, pubYear) : { opens: null, carries: false };
      carriedYear = told.carries ? narrative : null;
      narrative = told.opens ?? carriedYear;
      previousEnd = sentence.end;
      while (ai < args.length && (args[ai] as ArgMention).start < sentence.start) ai++;
      const own: ArgMention[] = [];
      for (let k = ai; k < args.length && (args[k] as ArgMention).start < sentence.end; k++) own.push(args[k] as ArgMention);
      currentSubject = null;
      codeSentence(sentence, own);
      previousStart = sentence.start;
      previousSubject = currentSubject;
    }

    /** The two parties of the last meeting stated before `offset`, as people or states as `kind` asks. */
    function lastPairBefore(offset: number, kind: PairKind, since = -1): [string, string] | null {
      let last: (typeof claims)[number] | undefined;
      for (const c of claims) {
        if (c.type === 'MET_WITH' && !c.negated && c.sentenceStart < offset && c.sentenceStart >= since && (!last || c.sentenceStart > last.sentenceStart)) last = c;
      }
      if (!last) return null;
      const as = (id: string): string | null => {
        const type = registry.get(id)?.type;
        if (kind === 'state' && type === 'person') {
          // The person's state: the gazetteer's, else the one this text makes them lead or belong to.
          const known = stateOf(registry.get(id)?.actor.affiliations?.[0] ?? null)?.id;
          return known ?? claims.find((c) => (c.type === 'LEADS' || c.type === 'MEMBER_OF') && c.source === id && registry.get(c.target)?.type === 'state')?.target ?? null;
        }
        if (kind === 'state') return type === 'state' ? id : null;
        return kind === 'person' && type !== 'person' ? null : id;
      };
      const [a, b] = [as(last.source), as(last.target)];
      return a && b && a !== b ? [a, b] : null;
    }

    function codeSentence(sentence: ParsedSentence, own: readonly ArgMention[]): void {
      // A sentence the parse alone may name its parties in ("Dawda Jawara met Moussa Traore"): any two
      // capitalised words make one worth reading.
      if (own.length < 1 && !issuer && !speaker && !carriedSpeaker && !mayReferToPair(sentence) && sentence.tokens.filter((t) => /^NNP/.test(t.pos)).length < 2) return;
      const at: (ArgMention | undefined)[] = sentence.tokens.map((t) => own.find((m) => m.start < t.end && t.start < m.end) ?? standIns.find((u) => u.start < t.end && t.start < u.end)?.mention);
      const within = sentence.tokens.map((t) => own.filter((m) => m.start < t.end && t.start < m.end));
      // `at` is filled in below (first person, names from the parse); the index sees every addition.
      const index: ArgumentIndex = { at, within, agents, populations };
      const graph = graphOf(sentence);
      // First person: in a reported frame ("X said: I condemn …") the reporter; otherwise the issuer
      // of the text ("we" = the publisher, "I" = the person its title names).
      for (const t of sentence.tokens) {
        if (at[t.i] || !t.pos.startsWith('PRP')) continue;
        const w = t.word.toLowerCase();
        const singular = firstSingular.has(w);
        if (!singular && !firstPlural.has(w)) continue;
        const reporter = reportingSpeaker(graph, index, t.i) ?? carriedSpeaker;
        let actor: string | null;
        if (reporter) actor = singular ? reporter : (voiceOf(layer.speakerOrg.get(reporter) ?? registry.get(reporter)?.actor.affiliations?.[0] ?? null) ?? (registry.get(reporter)?.type === 'person' ? issuer : reporter));
        else {
          const turn = turnAt(t.start);
          actor = turn ? (singular ? turn.person : turn.org) : singular ? speaker : issuer;
        }
        if (actor) at[t.i] = { actor, start: t.start, end: t.end, kind: 'coref' };
      }
      // "The Spokesperson rejected …" in a ministry's release: its spokesperson, owned by no one named, speaks for the issuer.
      if (issuer) {
        for (const t of sentence.tokens) {
          if (at[t.i] || !t.pos.startsWith('NN') || !issuerVoiceNouns.has(t.lemma.toLowerCase())) continue;
          const kids = graph.children(t.i);
          if (!kids.some((c) => c.rel === 'det' && sentence.tokens[c.dep]?.lemma.toLowerCase() === 'the') || kids.some((c) => /^(nmod:poss|nmod:of|compound|amod)$/.test(c.rel))) continue;
          at[t.i] = { actor: issuer, start: t.start, end: t.end, kind: 'coref' };
        }
      }
      // "Security forces conducted an operation", "own troops engaged …" in a military's own release: its forces.
      if (issuerIsForce) {
        for (const t of sentence.tokens) {
          if (at[t.i] || !t.pos.startsWith('NN') || !deployedBodies.has(t.word.toLowerCase())) continue;
          const kids = graph.children(t.i);
          if (kids.some((c) => /^(nmod:poss|nmod:of|appos)$/.test(c.rel) || ((c.rel === 'amod' || c.rel === 'compound') && !OWN_FORCE_MODIFIERS.has(sentence.tokens[c.dep]?.lemma.toLowerCase() ?? '')))) continue;
          at[t.i] = { actor: issuer as string, start: t.start, end: t.end, kind: 'coref' };
        }
      }
      // "X said:" at the end of a sentence hands the floor to the next one.
      const last = sentence.tokens[sentence.tokens.length - 1];
      carriedSpeaker = last?.word === ':' ? reportingSpeaker(graph, index, last.i) : null;
      // "travelled there": the place this sentence or the one before named last (a country or a capital).
      for (const t of sentence.tokens) {
        if (at[t.i] || t.lemma.toLowerCase() !== 'there' || !t.pos.startsWith('RB') || graph.treeRel(t.i) !== 'advmod') continue;
        const from = previousStart >= 0 ? previousStart : sentence.start;
        const place = args.findLast((m) => m.start < t.start && m.start >= from && (m.place !== undefined || kinds.isState(m.actor)));
        if (place) at[t.i] = { ...place, start: t.start, end: t.end, kind: 'coref' };
      }
      // Names the gazetteer lacks, where the tree puts them in an argument position.
      const named = sentence.tokens.map((t) => layerSpans.some(([s, e]) => s < t.end && t.start < e));
      for (const parsed of findParsedNames(graph, at, orgHeads, placeHeads, agents, named, titleWords, docNames)) {
        // "the Iraqi Foreign Minister", "Taiwan's Vice Foreign Minister": the state the title names
        // stands for its holder ("Pakistan's spy chief" is Pakistan), as its officials do.
        const titledState = parsed.titleOnly ? stateOfTitle(graph, at, parsed.tokens) : null;
        if (titledState) {
          for (const k of parsed.tokens) at[k] = { ...parsed.mention, actor: titledState, kind: 'coref' };
          continue;
        }
        // A title alone of the issuer's state is its holder on the day of publication ("Deputy Prime
        // Minister and Foreign Minister X" of a 2024 Pakistani release), else that state's holder unnamed.
        const holder = parsed.titleOnly && published ? offices.firstHolderAt(parsed.actor.name, [publisher, issuerState?.id ?? null], published) : null;
        if (holder) {
          for (const k of parsed.tokens) at[k] = { ...parsed.mention, actor: holder, kind: 'coref' };
          continue;
        }
        const found = parsed.titleOnly && issuerState ? heldIn(parsed, issuerState) : parsed;
        // A person's one-word name or surname stands for them in later sentences.
        if (found.actor.type === 'person' && !parsed.titleOnly) docNames.set(found.actor.name.split(' ').pop()?.toLowerCase() ?? '', found.actor);
        if (!registry.has(found.actor.id)) registry.set(found.actor.id, { actor: found.actor, type: found.actor.type, media: false });
        for (const k of found.tokens) at[k] = found.mention;
        parsedMentions.push({ actor: found.actor.id, text: text.slice(found.mention.start, found.mention.end), start: found.mention.start, end: found.mention.end });
      }
      // "its", "their", "his", "her": the party their phrase is said of, else the subject of the clause above them.
      for (const [k, owners] of resolvePossessivePronouns(graph, index, kinds)) {
        at[k] = owners[0];
        within[k] = owners;
      }
      // "The two leaders", "both sides", "they" after a meeting: the parties of the last meeting before
      // this sentence. `pairPronouns`: the offsets of such a "they" ("They agreed to …").
      const pairPronouns = new Set<number>();
      for (const ref of findPairReferences(graph)) {
        if (at[ref.token]) continue;
        const tok = sentence.tokens[ref.token] as (typeof sentence.tokens)[number];
        const pair = lastPairBefore(sentence.start, ref.kind, ref.adjacent ? previousStart : -1);
        if (!pair) continue;
        if (ref.adjacent) pairPronouns.add(tok.start);
        within[ref.token] = pair.map((actor) => ({ actor, start: tok.start, end: tok.end, kind: 'coref' }));
        at[ref.token] = within[ref.token]?.[0];
      }
      // An opening "It"/"They"/"He" doing something goes on about the previous sentence's subject, a body
      // ("it"), a group ("they", never a person or a state) or a person ("he", "she": the one who acted
      // before, not the counterpart named last — "The Foreign Secretary spoke to X. He thanked …").
      const opening = openingSubjectPronoun(graph);
      if (opening && !at[opening.token] && previousSubject) {
        const type = registry.get(previousSubject.actor)?.type;
        const fits = opening.person ? type === 'person' : opening.plural ? type === 'armed_group' || type === 'organization' : type !== undefined && type !== 'person';
        const tok = sentence.tokens[opening.token] as (typeof sentence.tokens)[number];
        if (fits) at[opening.token] = { actor: previousSubject.actor, start: tok.start, end: tok.end, kind: 'coref' };
      }
      // "The strike killed X" after "Y conducted a strike …": a definite attack noun naming no party of its
      // own, the subject of its sentence, is the attack the sentence before stated, and Y made it.
      for (const t of sentence.tokens) {
        if (at[t.i] || !graph.parents(t.i).some((p) => p.rel === 'nsubj') || !eventNounOf(lexicon, graph, t.i, 'ATTACKED')) continue;
        const kids = graph.children(t.i);
        if (!kids.some((c) => c.rel === 'det' && DEFINITE_DETERMINERS.has(sentence.tokens[c.dep]?.lemma.toLowerCase() ?? '')) || kids.some((c) => at[c.dep] || graph.children(c.dep).some((g) => at[g.dep]))) continue;
        const stated = claims.findLast((c) => c.type === 'ATTACKED' && !c.negated && c.sentenceStart === previousStart);
        if (stated) at[t.i] = { actor: stated.source, start: t.start, end: t.end, kind: 'coref' };
      }
      currentSubject = mainSubjectOf(graph, index);
      const context = { graph, index, lexicon };
      // A question asserts nothing ("Q: Will you meet the Taliban?").
      const events = isQuestion(sentence) ? [] : [...findEvents(context), ...findMemberships(context, memberNouns), ...findIntents(context), ...findAccusations(context, accusingVerbs), ...findConditionalThreats(context, deterredActs), ...findResponsibility(context), ...findAlignments(context), ...findCopularRoles({ ...context, titles: titleSpecs, isState: kinds.isState, isPerson: kinds.isPerson }), ...findCopularVisits({ ...context, isState: kinds.isState, isPerson: kinds.isPerson })];
      if (events.length === 0) return;
      const timexes = sentenceTimexes(sentence, text, published);
      const sentenceText = text.slice(sentence.start, sentence.end);
      for (const e of events) {
        // Of "they" after a meeting only what the pair agreed adds to it ("They discussed …" repeats the meeting).
        if ((pairPronouns.has(e.source.mention.start) || pairPronouns.has(e.target.mention.start)) && e.type !== 'COOPERATES_WITH') continue;
        if (e.type === 'MEMBER_OF' && sentence.tokens[e.trigger]?.pos.startsWith('VB') && !joiningHolds(graph, e, (id) => registry.get(id)?.type)) continue;
        const pol = polarityOf(graph, e.trigger);
        if (pol.unrealised || pol.threatened) continue;
        // A threat is made when it is said, whatever the mood of what it announces ("would respond").
        if (e.threat) pol.modality = threatModality(pol.modality);
        // The tree adds what it can state as done, reported or promised; a plan, recommendation or
        // guess only it would find is left out (seeds, PLOVER and official precision all rose).
        if ((pol.modality === 'proposed' || pol.modality === 'speculative') && !pol.commissive) continue;
        // "X said: I condemn …" — the reporter's own act is asserted, not reported.
        if (pol.modality === 'reported' && reportingSpeaker(graph, index, e.trigger) === e.source.mention.actor) pol.modality = 'asserted';
        const trig = sentence.tokens[e.trigger];
        if (!trig) continue;
        const own = claimYear(graph, e.trigger, timexes, pubYear);
        // A sentence that goes on with a narrative is dated by the year the narrative wrote.
        const { year, yearRule } = own.yearRule === 'publication-fallback' && carriedYear !== null ? { year: carriedYear, yearRule: 'explicit' as const } : own;
        let confidence = e.trigger !== undefined && trig.pos.startsWith('VB') ? 0.8 : 0.75;
        if (e.source.indirect || e.target.indirect) confidence -= 0.1;
        if (e.source.mention.kind === 'coref' || e.target.mention.kind === 'coref') confidence -= 0.15;
        if (WEAK_KINDS.has(e.source.mention.kind) || WEAK_KINDS.has(e.target.mention.kind)) confidence -= 0.05;
        if (e.entry.origin === 'cameo') confidence -= 0.05;
        if (yearRule === 'publication-fallback') confidence -= 0.05;
        const target = e.type === 'VISITED' && e.target.mention.place ? e.target.mention.place : e.target.mention.actor;
        // Visiting a person is meeting them ("X hosted Y": Y visits X).
        let type: RelationType = e.type === 'VISITED' && registry.get(target)?.type === 'person' ? 'MET_WITH' : e.type;
        if (type === 'ATTACKED' && attackAnnounced(graph, e.trigger, pol)) {
          type = 'WARNED';
          pol.modality = threatModality(pol.modality);
        }
        if (type === 'VISITED' && deploys(graph, e.trigger, e.source.mention.actor, e.source.mention.start, e.source.mention.end)) {
          // Peacekeepers sent are aid to the country (CAMEO 074).
          if (deploymentOf(graph, e.source.mention.start, deployedBodies) !== 'peacekeepers') continue;
          type = 'SUPPORTS';
        }
        const claimAs = (claimType: RelationType, claimTarget: string) => ({
          source: e.source.mention.actor, target: claimTarget, type: claimType, year, yearRule,
          sentence: sentenceText, sentenceStart: sentence.start, sentenceEnd: sentence.end,
          trigger: text.slice(trig.start, trig.end), triggerStart: trig.start, triggerEnd: trig.end,
          sourceStart: e.source.mention.start, sourceEnd: e.source.mention.end, targetStart: e.target.mention.start, targetEnd: e.target.mention.end,
          negated: pol.negated !== (e.entry.negated === true), modality: pol.modality, confidence: round(confidence),
        });
        // "Putin hosted Erdogan": the guest of a head or official also visits the host's state, when it is not their own
        // (a place named, "hosted X at the White House", gives the same visit).
        const hostState = e.type === 'VISITED' && type === 'MET_WITH' && lexicon.hostingVerbs.has(trig.lemma.toLowerCase()) ? stateOf(target)?.id : undefined;
        if (hostState && hostState !== e.source.mention.actor && hostState !== stateOf(e.source.mention.actor)?.id) push(claimAs('VISITED', hostState));
        const key = statedKey(sentence.start, e.source.mention.actor, type, target);
        // A surface claim of the same parties stands for this one — unless the tree vetoed it for want of
        // a subject and reads the frame as the reverse it is ("X received aid from Y": Y supports X).
        const surfaceVetoed = e.entry.reverse === true && vetoedKeys.has(key);
        if ((ruleKeys.has(key) && !surfaceVetoed) || ((type === 'MET_WITH' || type === 'COOPERATES_WITH') && ruleKeysUndirected.has(key))) continue;
        // A meeting read twice from one trigger ("X hosted Y": X meets Y, and Y's visit to a person is a meeting) is one claim.
        if (type === 'MET_WITH' || type === 'COOPERATES_WITH') {
          const pair = `${sentence.start}|${e.trigger}|${type}|${[e.source.mention.actor, target].sort().join('|')}`;
          if (mutualSeen.has(pair)) continue;
          mutualSeen.add(pair);
        }
        const claim = claimAs(type, target);
        push(claim);
        // Promised support is also an intent to cooperate (CAMEO 03x: "will give X a grant"), as in the surface rules;
        // so is an offer or promise to meet or visit (CAMEO 036: "offered to negotiate with X", "will visit X").
        const ownMeeting = (type === 'MET_WITH' || type === 'VISITED') && trig.pos.startsWith('VB');
        // Support carried on ("will continue to support X") is no new promise.
        if (((type === 'SUPPORTS' && pol.commissive && !ongoing(trig.start)) || (ownMeeting && (pol.commissive || pol.promisedInPast))) && !claim.negated) push({ ...claim, type: 'COOPERATES_WITH' });
      }
    }

    // A person does not cooperate with, meet, visit or back their own state ("I promised the American
    // people", "I am grateful to our country"): such a reading is a speech act to their own side.
    const ownSide = (c: (typeof claims)[number]): boolean =>
      OWN_SIDE_TYPES.has(c.type) && registry.get(c.source)?.type === 'person' && (registry.get(c.source)?.actor.affiliations ?? []).includes(c.target) && registry.get(c.target)?.type === 'state';
    for (let k = claims.length - 1; k >= 0; k--) if (ownSide(claims[k] as (typeof claims)[number])) claims.splice(k, 1);
    // A role (leads, member of) is a standing fact of the document: each time a title is repeated
    // ("FCO Minister X welcomes …", "X, Foreign Office Minister, said:") it is the same claim, kept once,
    // where the document first states it. Events stay one claim per sentence that states them.
    const roleKey = (c: (typeof claims)[number]) => `${c.source}|${c.type}|${c.target}|${c.year}|${c.negated}`;
    const firstRole = new Map<string, (typeof claims)[number]>();
    for (const c of claims) {
      if (!RELATION_TYPE_INFO[c.type].role) continue;
      const first = firstRole.get(roleKey(c));
      if (!first || c.sentenceStart < first.sentenceStart || (c.sentenceStart === first.sentenceStart && c.triggerStart < first.triggerStart)) firstRole.set(roleKey(c), c);
    }
    for (let k = claims.length - 1; k >= 0; k--) {
      const c = claims[k] as (typeof claims)[number];
      if (RELATION_TYPE_INFO[c.type].role && firstRole.get(roleKey(c)) !== c) claims.splice(k, 1);
    }
    // A name only the parse found is kept where it takes part in a claim: no stray actors.
    const claimed = new Set(claims.flatMap((c) => [c.source, c.target]));
    const mentions: Mention[] = parsedMentions.filter((m) => claimed.has(m.actor));
    for (const m of [...layer.mentions, ...layer.titles]) {
      const [start, end] = docSpan(m.ts, m.te);
      mentions.push({ actor: m.actor, text: text.slice(start, end), start, end });
    }
    return assembleExtraction(meta, text, mentions, claims, registry, sha256);
  }

  return { version: CODER_VERSION, code };
}

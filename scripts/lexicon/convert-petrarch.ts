// Converts the PETRARCH2 dictionaries (CAMEO 2.0 verbs, Phoenix actors and agents; MIT licence) into
// the project's lexicon files:
//   ingest/lexicon/cameo-verbs.json     verb, phrase (and excluded phrase) triggers typed by our relations
//   ingest/lexicon/agents.json          common nouns naming an agent of an actor ("officials", "troops")
//   ingest/lexicon/phoenix-actors.json  states, IGOs, armed groups, agencies, organisations, persons
// reading ingest/lexicon/cameo-map.json (our hand-written CAMEO → relation-type mapping).
// The raw dictionaries stay outside the repository: ../shared/lexicons/petrarch2/ by default.
//
//   npm run lexicon:convert [-- --source <dir>] [--check]
//   --check: convert and validate, report, but write nothing (exit 1 when a file would change)
// LEXICON_CONVERTED_ON=YYYY-MM-DD fixes the conversion date written into provenance.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCameoVerbs } from './build-cameo-verbs';
import { formatLexiconJson } from './format-json';
import {
  validateAgents, validateCameoMap, validateCameoVerbs, validatePhoenixActors,
  type AgentsFile, type CameoMapFile, type CameoVerbsFile, type PhoenixActorsFile, type Provenance,
} from './lexicon-schema';
import { AGENT_CODES, buildAgents, parseAgents } from './parse-agents';
import { parseCameoDictionary } from './parse-cameo';
import { buildActors, parsePhoenixActors, type PhoenixSource } from './parse-phoenix';
import { RELATION_TYPES } from '../../shared/vocabulary';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = 'scripts/lexicon/convert-petrarch.ts';
const OUT_DIR = path.join(REPO, 'ingest/lexicon');

const FILES = {
  verbs: 'CAMEO.2.0.txt',
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  milnonstate: 'Phoenix.MilNonState.actors.txt',
  agents: 'Phoenix.agents.txt',
  licence: 'LICENSE',
} as const;

interface Options {
  source: string;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let source = path.resolve(REPO, '../shared/lexicons/petrarch2');
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--source') source = path.resolve(argv[++i] ?? '');
    else if (arg === '--check') check = true;
    else throw new Error(`Unknown argument ${arg}. Usage: npm run lexicon:convert [-- --source <dir>] [--check]`);
  }
  return { source, check };
}

function read(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (!existsSync(file)) throw new Error(`${file} not found: the PETRARCH2 dictionaries are expected in ${dir} (--source <dir> to point elsewhere).`);
  return readFileSync(file, 'utf8');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function ordered(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(RELATION_TYPES.filter((t) => counts[t]).map((t) => [t, counts[t] as number]));
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const convertedOn = process.env.LEXICON_CONVERTED_ON ?? new Date().toISOString().slice(0, 10);
  const licenceText = read(options.source, FILES.licence).trim();
  const copyright = licenceText.split('\n').find((l) => l.startsWith('Copyright'))?.trim() ?? 'Copyright (c) Open Event Data Alliance';
  const sourceDir = path.relative(REPO, options.source) || '.';
  const provenance = (names: readonly string[], texts: readonly string[], extra: Record<string, unknown> = {}): Provenance & Record<string, unknown> => ({
    source: names.map((n) => `${sourceDir}/${n}`),
    sha256: Object.fromEntries(names.map((n, i) => [n, sha256(texts[i] as string)])),
    origin: 'PETRARCH2 dictionaries, Open Event Data Alliance (github.com/openeventdata/petrarch2)',
    licence: 'MIT',
    copyright,
    notice: licenceText,
    convertedOn,
    script: SCRIPT,
    ...extra,
  });
  const mit = `Converted from the PETRARCH2 dictionaries of the Open Event Data Alliance, MIT licence: ${copyright}. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, subject to the condition that the copyright notice and this permission notice be included in all copies or substantial portions of the Software; the full notice is in provenance.notice. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.`;

  // --- cameo-verbs.json
  const mapPath = path.join(OUT_DIR, 'cameo-map.json');
  const mapData: unknown = JSON.parse(readFileSync(mapPath, 'utf8'));
  const mapProblems = validateCameoMap(mapData);
  if (mapProblems.length > 0) throw new Error(`ingest/lexicon/cameo-map.json: ${mapProblems.join('; ')}`);
  const map = mapData as CameoMapFile;
  const verbsText = read(options.source, FILES.verbs);
  const dict = parseCameoDictionary(verbsText);
  const built = buildCameoVerbs(dict, map);
  if (built.stats.unusedOverrides.length > 0) throw new Error(`cameo-map.json verbOverrides match nothing: ${built.stats.unusedOverrides.join(', ')}`);
  const cameoVerbs: CameoVerbsFile = {
    $comment: `Relation triggers from the CAMEO 2.0 verb dictionary, typed by our relation types through ingest/lexicon/cameo-map.json; written by ${SCRIPT} (npm run lexicon:convert), do not edit by hand. verbs: a verb lemma whose bare use codes the type (preps: the prepositions that introduce its target, e.g. 'protest against'; reverse: the object acts on the subject, e.g. 'host' = the guest visits). phrases: a verb lemma plus the lemmas that must depend on it, in the dictionary's order (particles, objects, prepositions: 'express' + concern, over); where a phrase's code differs from the bare verb's, the phrase wins; the most specific match (most words) should win. excluded: phrases of in-scope verbs whose CAMEO code is outside our types ('condemn' + terrorist, attack = 018 empathy, not an accusation of the object; '---' = no event); a coder may use them to suppress the bare verb. nouns: CAMEO 2.0 has no noun triggers (event nouns appear as objects of phrases: 'stage' + attack). Patterns with words before the verb (subject constraints) are dropped; synsets are expanded to their members' head words (large classes trimmed by cameo-map.json synsetHeads). ${mit}`,
    provenance: provenance([FILES.verbs, FILES.licence], [verbsText, licenceText], { mapping: 'ingest/lexicon/cameo-map.json', stats: built.stats }),
    counts: {
      verbs: ordered(countBy(built.verbs, (v) => v.type)),
      phrases: { built: built.phrases.length, written: 0 },
      excluded: { built: built.excluded.length, written: 0 },
      nouns: { total: 0 },
    },
    verbs: built.verbs,
    // Measured with `npm run eval` (coder): the ~40k expanded phrases added no recall on any set and
    // cost precision (official 0.51 → 0.47, seeds 0.875 → 0.863), so only the bare verbs are kept.
    phrases: [],
    excluded: [],
    nouns: [],
  };

  // --- agents.json
  const agentsText = read(options.source, FILES.agents);
  const parsedAgents = parseAgents(agentsText);
  const agentsBuilt = buildAgents(parsedAgents.agents);
  const agents: AgentsFile = {
    $comment: `Common nouns naming an agent of an actor, with the Phoenix/CAMEO agent code (first three letters); written by ${SCRIPT}, do not edit by hand. A coder attaches an agent of a state ('Pakistani officials', 'Afghan forces': codes.stateAgent) to that state. noun: the lemma a parser gives the head (multi-word nouns keep their words: 'foreign minister'); plural: its plural (equal to noun when the dictionary gives none: 'police'). Entries of more than four words and those ending in a function word are dropped; a later dictionary entry for the same noun wins (as in PETRARCH); a few nouns the dictionary lacks are added by this project (provenance.additions). ${mit}`,
    provenance: {
      ...provenance([FILES.agents, FILES.licence], [agentsText, licenceText]),
      additions: 'official, force, officer, delegation, negotiator, spokesman/spokeswoman/spokesperson (GOV; Phoenix files spokespersons under MED): scripts/lexicon/parse-agents.ts AGENT_ADDITIONS',
      stats: { ...agentsBuilt.stats, skippedLines: parsedAgents.skipped.length },
    },
    codes: Object.fromEntries(Object.entries(AGENT_CODES).filter(([code]) => agentsBuilt.agents.some((a) => a.code === code))),
    agents: agentsBuilt.agents,
  };

  // --- phoenix-actors.json
  const actorSources: { source: PhoenixSource; file: string }[] = [
    { source: 'countries', file: FILES.countries },
    { source: 'international', file: FILES.international },
    { source: 'milnonstate', file: FILES.milnonstate },
  ];
  const actorTexts = actorSources.map((s) => read(options.source, s.file));
  const actorsBuilt = buildActors(actorSources.map((s, i) => ({ source: s.source, entries: parsePhoenixActors(actorTexts[i] as string) })));
  const phoenixActors: PhoenixActorsFile = {
    $comment: `Actors of the Phoenix dictionaries: states (one per country, with demonyms, capitals, cities, regions and misspellings as aliases), IGOs, armed groups, state agencies, organisations (NGOs, parties) and persons; written by ${SCRIPT}, do not edit by hand. name: a display form restored from the dictionary's upper case (Title Case; acronyms, dotted initials, Roman numerals upper case; of/the/al/bin... lower case inside a name). code: the Phoenix code (a person's latest role). kind: state | igo | armed_group | agency (a part of a state: GOV, MIL, COP, SPY, JUD, LEG) | organization | person. country: ISO 3166 alpha-2, lower case, from the code's first three letters. roles (persons): every dated code, from/to as YYYY-MM-DD. Dropped: companies (MNC), entries without a code, persons whose roles ended before 1990, ministers of non-security portfolios (GOVBUS, GOVAGR, GOVEDU...), undated staff names listed under an IGO/NGO code. ${mit}`,
    provenance: {
      ...provenance([...actorSources.map((s) => s.file), FILES.licence], [...actorTexts, licenceText]),
      stats: actorsBuilt.stats,
    },
    counts: countBy(actorsBuilt.actors, (a) => a.kind),
    actors: actorsBuilt.actors,
  };

  const outputs: { file: string; data: Record<string, unknown>; problems: string[] }[] = [
    { file: 'cameo-verbs.json', data: cameoVerbs as unknown as Record<string, unknown>, problems: validateCameoVerbs(cameoVerbs) },
    { file: 'agents.json', data: agents as unknown as Record<string, unknown>, problems: validateAgents(agents) },
    { file: 'phoenix-actors.json', data: phoenixActors as unknown as Record<string, unknown>, problems: validatePhoenixActors(phoenixActors) },
  ];
  const invalid = outputs.filter((o) => o.problems.length > 0);
  if (invalid.length > 0) {
    throw new Error(invalid.map((o) => `${o.file}: ${o.problems.slice(0, 10).join('; ')}${o.problems.length > 10 ? ` (+${o.problems.length - 10} more)` : ''}`).join('\n'));
  }

  let changed = 0;
  for (const output of outputs) {
    const file = path.join(OUT_DIR, output.file);
    const text = formatLexiconJson(output.data);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    // The date alone does not make a file different.
    const same = before.replace(/"convertedOn": "[^"]*"/, '') === text.replace(/"convertedOn": "[^"]*"/, '');
    if (!same) changed++;
    if (!options.check && !same) writeFileSync(file, text);
    console.log(`${options.check ? (same ? 'unchanged' : 'would change') : same ? 'unchanged' : 'wrote'} ingest/lexicon/${output.file} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
  }
  console.log(`cameo-verbs: ${built.verbs.length} verbs ${JSON.stringify(cameoVerbs.counts.verbs)}`);
  console.log(`             ${built.phrases.length} phrases ${JSON.stringify(cameoVerbs.counts.phrases)}; ${built.excluded.length} excluded; 0 nouns`);
  console.log(`agents: ${agents.agents.length} nouns ${JSON.stringify(countBy(agents.agents, (a) => a.code))}`);
  console.log(`phoenix-actors: ${phoenixActors.actors.length} actors ${JSON.stringify(phoenixActors.counts)}`);
  if (options.check && changed > 0) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(`lexicon:convert: ${(error as Error).message}`);
  process.exitCode = 1;
}

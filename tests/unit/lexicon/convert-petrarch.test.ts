// The PETRARCH2 → lexicon conversion (scripts/lexicon): parsing of small dictionary snippets written
// here in the CAMEO/Phoenix syntax, the mapping onto our relation types, and the files written into
// ingest/lexicon validate.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCameoVerbs, expandPatternWords, makeCodeMapper } from '../../../scripts/lexicon/build-cameo-verbs';
import { acronymsOf, displayName } from '../../../scripts/lexicon/display-name';
import { lemmaOf, pluralOfPhrase } from '../../../scripts/lexicon/english';
import { formatLexiconJson } from '../../../scripts/lexicon/format-json';
import { countryOfCode, ISO3_TO_ISO2 } from '../../../scripts/lexicon/iso-countries';
import {
  validateAgents, validateCameoMap, validateCameoVerbs, validatePhoenixActors,
  type AgentsFile, type CameoMapFile, type CameoVerbsFile, type PhoenixActorsFile,
} from '../../../scripts/lexicon/lexicon-schema';
import { buildAgents, pairSubstitutions, parseAgents } from '../../../scripts/lexicon/parse-agents';
import { parseCameoCode, parseCameoDictionary, tokenizePatternSide } from '../../../scripts/lexicon/parse-cameo';
import { buildActors, entryNames, parsePhoenixActors, phoenixDate, splitParenthesis } from '../../../scripts/lexicon/parse-phoenix';

const LEXICON = path.resolve(__dirname, '../../../ingest/lexicon');

const VERBS = `# a header comment
####### SYNONYM SETS #######

&ARMS
# a comment inside a synset
+RIFLE
+MACHINE_GUN
+WEAPON_OF_MASS_DESTRUCTION_

&FORCES_
+TROOPS
+ARMY

####### VERB PATTERNS #######

---  BLAME   [112]  ---
ACCUSE
CHARGE {CHARGES CHARGED CHARGING }
CONDEMN [111]  # its own code
+SCOFF_AT {+SCOFFS_AT +SCOFFED_AT}
- * (OF {RIGHTS ABUSES})                              [1122]        # redundant with the bare code
- * {TERRORIST ATTACK}                                [018]         # condemn an attack: empathy
- * TRIAL UNFAIR                                      [053]
- OFFICIAL *                                          [114]         # a subject-side pattern

---  HOST   [043:042]  ---
HOST   # jw
- * DINNER                                            [---]

---  OBTAIN   [---]  ---
RECEIVE
GET {GETS GOT GOTTEN GETTING}
- * SUPPORT (FROM)                                    [:051]
- * &ARMS                                             [:072]
- * {&FORCES AID}                                    [:0232]

---  PROTEST   [140]  ---
PROTEST
GRUMBLE
- * (AGAINST)                                         [141]

---  GO_SOMEWHERE   [040]  ---
GO {WENT GOES GONE GOING}
TRAVEL
TOUR
TOURING
ACCUSE [190]   # listed again: the first block wins
+KILLED_AND [190]

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
`;

const MAP: Pick<CameoMapFile, 'codes' | 'verbOverrides' | 'synsetHeads'> = {
  codes: [
    { cameo: '018', label: 'Make empathetic comment', type: null },
    { cameo: '040', label: 'Consult', type: 'MET_WITH' },
    { cameo: '042', label: 'Make a visit', type: 'VISITED' },
    { cameo: '043', label: 'Host a visit', type: 'VISITED', reverse: true },
    { cameo: '051', label: 'Praise or endorse', type: 'SUPPORTS' },
    { cameo: '053', label: 'Rally support on behalf of', type: 'SUPPORTS' },
    { cameo: '070', label: 'Provide aid', type: 'SUPPORTS' },
    { cameo: '072', label: 'Provide military aid', type: 'SUPPORTS' },
    { cameo: '110', label: 'Disapprove', type: 'ACCUSED' },
    { cameo: '111', label: 'Criticize or denounce', type: 'ACCUSED' },
    { cameo: '112', label: 'Accuse', type: 'ACCUSED' },
    { cameo: '114', label: 'Complain officially', type: 'ACCUSED' },
    { cameo: '140', label: 'Engage in political dissent', type: 'ACCUSED', onlyWith: ['against'] },
    { cameo: '141', label: 'Demonstrate or rally', type: 'ACCUSED', onlyWith: ['against'] },
    { cameo: '190', label: 'Use conventional military force', type: 'ATTACKED' },
  ],
  verbOverrides: [
    { block: 'GO_SOMEWHERE', cameo: null, note: 'movement is not consultation' },
    { lemma: 'travel', cameo: '042', note: 'a visit' },
    { lemma: 'grumble', cameo: null, note: 'not a protest against an actor' },
  ],
  synsetHeads: { '&ARMS': ['rifle', 'gun'] },
};

describe('CAMEO verb dictionary: parsing', () => {
  const dict = parseCameoDictionary(VERBS);

  it('reads synsets (comment lines inside included) and blocks with their verbs and patterns', () => {
    expect(dict.synsets.get('&ARMS')).toEqual([['RIFLE'], ['MACHINE', 'GUN'], ['WEAPON', 'OF', 'MASS', 'DESTRUCTION']]);
    expect(dict.synsets.get('&FORCES')).toEqual([['TROOPS'], ['ARMY']]);
    expect(dict.blocks.map((b) => b.meaning)).toEqual(['BLAME', 'HOST', 'OBTAIN', 'PROTEST', 'GO_SOMEWHERE']);
    const blame = dict.blocks[0]!;
    expect(blame.verbs.map((v) => [v.lemma, v.particles, v.code.raw, v.inherited])).toEqual([
      ['accuse', [], '112', true],
      ['charge', [], '112', true],
      ['condemn', [], '111', false],
      ['scoff', ['at'], '112', true],
    ]);
    expect(blame.patterns).toHaveLength(4);
    expect(dict.skipped).toEqual([]);
  });

  it('reads codes with a passive part', () => {
    expect(parseCameoCode('042:043')).toEqual({ active: '042', passive: '043', raw: '042:043' });
    expect(parseCameoCode(':051')).toEqual({ active: null, passive: '051', raw: ':051' });
    expect(parseCameoCode('---')).toEqual({ active: null, passive: null, raw: '---' });
  });

  it('tokenizes pattern sides: markers, synsets, noun-phrase modifiers', () => {
    expect(tokenizePatternSide('{&MILITARY AID} (TO +) DEBT_RELIEF')).toEqual([
      { kind: 'synset', text: '&MILITARY', modifier: true },
      { kind: 'word', text: 'AID' },
      { kind: 'word', text: 'TO' },
      { kind: 'marker', text: '+' },
      { kind: 'word', text: 'DEBT' },
      { kind: 'word', text: 'RELIEF' },
    ]);
  });

  it('expands a heading synset to its members\' head words and leaves a modifying synset out', () => {
    const synsets = parseCameoDictionary(VERBS).synsets;
    expect(expandPatternWords(tokenizePatternSide('&ARMS (FROM)'), synsets)).toEqual([['rifle', 'from'], ['gun', 'from'], ['weapon', 'from']]);
    expect(expandPatternWords(tokenizePatternSide('&ARMS'), synsets, { '&ARMS': ['gun'] })).toEqual([['gun']]);
    expect(expandPatternWords(tokenizePatternSide('{&FORCES AID}'), synsets)).toEqual([['aid']]);
    expect(expandPatternWords(tokenizePatternSide('&UNKNOWN'), synsets)).toBeNull();
    expect(expandPatternWords(tokenizePatternSide('(BY/WITH THE GUNS)'), synsets)).toEqual([['by', 'gun'], ['with', 'gun']]);
  });
});

describe('CAMEO verb dictionary: our triggers', () => {
  const built = buildCameoVerbs(parseCameoDictionary(VERBS), MAP);
  const verb = (lemma: string) => built.verbs.filter((v) => v.lemma === lemma);
  const phrase = (lemma: string, words: string) => built.phrases.find((p) => p.lemma === lemma && p.words.join(' ') === words);
  const excluded = (lemma: string, words: string) => built.excluded.find((p) => p.lemma === lemma && p.words.join(' ') === words);

  it('types bare verbs by their own or their block code; a verb listed twice keeps its first block', () => {
    expect(verb('accuse')).toEqual([{ lemma: 'accuse', type: 'ACCUSED', cameo: '112' }]);
    expect(verb('condemn')).toEqual([{ lemma: 'condemn', type: 'ACCUSED', cameo: '111' }]);
    expect(verb('scoff')).toEqual([{ lemma: 'scoff', type: 'ACCUSED', cameo: '112', preps: ['at'] }]);
    expect(built.stats.droppedVerbLines['listed again in a later block (first block wins)']).toBe(1);
  });

  it('reads host a visit (043) as a visit of the object to the subject', () => {
    expect(verb('host')).toEqual([{ lemma: 'host', type: 'VISITED', cameo: '043', reverse: true }]);
  });

  it('keeps a phrase whose code differs from the bare verb\'s, drops one that says the same', () => {
    expect(phrase('condemn', 'trial unfair')).toMatchObject({ type: 'SUPPORTS', cameo: '053' });
    expect(phrase('accuse', 'of right abuse')).toBeUndefined();
    expect(built.stats.droppedPatterns['same type as the bare verb']).toBeGreaterThan(0);
  });

  it('lists out-of-scope phrases of in-scope verbs as excluded', () => {
    expect(excluded('condemn', 'terrorist attack')).toEqual({ lemma: 'condemn', words: ['terrorist', 'attack'], cameo: '018' });
    expect(excluded('host', 'dinner')).toEqual({ lemma: 'host', words: ['dinner'], cameo: '---' });
  });

  it('reverses a passive-only code: "received support from X" = X supports the subject', () => {
    expect(phrase('receive', 'support from')).toEqual({ lemma: 'receive', words: ['support', 'from'], type: 'SUPPORTS', cameo: '051', reverse: true });
    expect(phrase('get', 'rifle')).toMatchObject({ type: 'SUPPORTS', cameo: '072', reverse: true });
    expect(phrase('get', 'gun')).toBeDefined();
    expect(phrase('get', 'weapon')).toBeUndefined(); // trimmed by synsetHeads
    expect(phrase('get', 'aid')).toBeUndefined(); // 0232 → 023 → 020: not in this map, so out of scope
  });

  it('maps a protest code only with "against": the bare verb gets it as its target preposition', () => {
    expect(verb('protest')).toEqual([{ lemma: 'protest', type: 'ACCUSED', cameo: '140', preps: ['against'] }]);
    expect(phrase('protest', 'against')).toBeUndefined(); // the verb entry says it already
    expect(phrase('grumble', 'against')).toMatchObject({ type: 'ACCUSED', cameo: '141' }); // its bare code is overridden away
  });

  it('applies overrides by lemma and by block, and drops junk verb lines', () => {
    expect(verb('go')).toEqual([]);
    expect(verb('travel')).toEqual([{ lemma: 'travel', type: 'VISITED', cameo: '042' }]);
    expect(verb('grumble')).toEqual([]);
    expect(built.stats.droppedVerbLines['inflected form of a listed verb']).toBe(1); // TOURING beside TOUR
    expect(built.stats.droppedVerbLines['two verbs joined by and/or']).toBe(1);
    expect(built.verbs.some((v) => v.lemma === 'killed')).toBe(false);
    expect(built.stats.unusedOverrides).toEqual([]);
  });

  it('drops patterns that constrain the subject', () => {
    expect(built.stats.droppedPatterns['words before the verb (subject side)']).toBe(1);
  });

  it('resolves a code through its parents', () => {
    const mapper = makeCodeMapper(MAP);
    expect(mapper.entryFor('1122')?.cameo).toBe('112');
    expect(mapper.entryFor('1952')?.cameo).toBe('190');
    expect(mapper.entryFor('0232')).toBeUndefined();
    expect(mapper.map(parseCameoCode('1952'), [])).toEqual({ type: 'ATTACKED', reverse: false, cameo: '1952' });
    expect(mapper.map(parseCameoCode('141'), ['for'])).toBeNull();
  });
});

describe('English morphology', () => {
  it('gives the lemma a parser gives plural nouns, and regular plurals', () => {
    expect(['TALKS', 'RALLIES', 'ABUSES', 'GUNMEN', 'CRISES', 'NEWS', 'AGAINST', 'AS', 'CHILDREN'].map(lemmaOf))
      .toEqual(['talk', 'rally', 'abuse', 'gunman', 'crisis', 'news', 'against', 'as', 'child']);
    expect(pluralOfPhrase('head of state')).toBe('heads of state');
    expect(pluralOfPhrase('foreign minister')).toBe('foreign ministers');
    expect(pluralOfPhrase('policeman')).toBe('policemen');
    expect(pluralOfPhrase('armed forces')).toBe('armed forces');
  });
});

describe('Phoenix agents', () => {
  const AGENTS = `# comment
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
AMBASSADOR [~GOV] # LRP 02 Jun 2004
AMBASSADOR_TO {} [~GOV]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
FOREIGN_!MINIST! [~GOV]
GUNMAN {} [~UAF]
GUNMEN [~UAF]
JIHADISTS {} [~UAFMUS]
HUMAN_RIGHTS_BODY  [NGO~]
DEPARMENT_OF_ENVIRONMENT [~ENV}
SPOKES!PERSON!  [~MED]
`;
  const parsed = parseAgents(AGENTS);

  it('expands substitution sets into singular/plural pairs', () => {
    expect(pairSubstitutions(['MAN', 'MEN', 'WOMAN', 'WOMEN', 'PERSON'])).toEqual([
      { singular: 'man', plural: 'men' }, { singular: 'woman', plural: 'women' }, { singular: 'person', plural: 'persons' },
    ]);
    const congress = parsed.agents.filter((a) => a.noun.startsWith('congress'));
    expect(congress.map((a) => `${a.noun}/${a.plural}`)).toEqual(['congressman/congressmen', 'congresswoman/congresswomen', 'congressperson/congresspersons']);
    expect(parsed.agents.filter((a) => a.noun.startsWith('foreign')).map((a) => a.plural)).toEqual(['foreign ministers', 'foreign ministries']);
  });

  it('reads plurals, codes before or after ~, and skips fragments', () => {
    const by = (noun: string) => parsed.agents.find((a) => a.noun === noun);
    expect(by('ambassador')).toMatchObject({ plural: 'ambassadors', code: 'GOV' });
    expect(by('police')).toMatchObject({ plural: 'police', code: 'COP' });
    expect(by('attorney general')).toMatchObject({ plural: 'attorneys general', code: 'GOV', fullCode: 'GOVATG' });
    expect(by('human rights body')).toMatchObject({ code: 'NGO' });
    expect(by('deparment of environment')).toMatchObject({ code: 'ENV' });
    expect(by('ambassador to')).toBeUndefined();
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['ends in a function word (a fragment of a longer name)']);
  });

  it('folds separate plurals, singularises plural-only nouns, adds the nouns Phoenix lacks', () => {
    const { agents } = buildAgents(parsed.agents);
    const by = (noun: string) => agents.find((a) => a.noun === noun);
    expect(by('gunman')).toEqual({ noun: 'gunman', plural: 'gunmen', code: 'UAF' });
    expect(by('gunmen')).toBeUndefined();
    expect(by('jihadist')).toEqual({ noun: 'jihadist', plural: 'jihadists', code: 'UAF' });
    expect(by('official')).toEqual({ noun: 'official', plural: 'officials', code: 'GOV' });
    expect(by('force')).toEqual({ noun: 'force', plural: 'forces', code: 'MIL' });
    expect(by('spokesman')).toEqual({ noun: 'spokesman', plural: 'spokesmen', code: 'GOV' });
  });
});

describe('Phoenix actors', () => {
  const COUNTRIES = `
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
+MAZAR-I-SHARIF_
+HELMAND # a province

ISLAMIC_EMIRATE_OF_AFGHANISTAN
	[AFG]
AFGHAN_NATIONAL_SECURITY_FORCES
+ANSF
	[AFGMIL]

HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
	[AFGELI 750101-000101]
	[AFGGOV >011222]
	[AFGELI]
MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
	[AFGELI 320101-331108]
	[AFGGOV 331108-730717]
FAROOQ_WARDAK_
	[AFGGOVEDU 20081011-20141231]
GAZA_STRIP [PSEGZA]
PALESTINE_ [PSE]
+PALESTINIAN_
PUERTO_RICO_ [USAPRI]
U.N._
`;
  const INTERNATIONAL = `
THE_UNITED_NATIONS_ [IGOUNO]
UN_ [IGOUNO]
MANFRED_NOWAK_	[IGOUNOHRI] #MleH 24 Jul 2009# NGO_Actors
KOFI_ANNAN_
+SECRETARY-GENERAL_KOFI_ANNAN
	[IGOUNO 970101-061231]
	[ELI]# IGOrulers.txt
ABINGTON_BANCORP_	[MNCUSA]	# Banks
ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]
`;
  const MILNONSTATE = `
TALIBAN_ [AFGREB] #  kkl 21 Mar 13
+TALEBAN_
`;
  const built = buildActors([
    { source: 'countries', entries: parsePhoenixActors(COUNTRIES) },
    { source: 'international', entries: parsePhoenixActors(INTERNATIONAL) },
    { source: 'milnonstate', entries: parsePhoenixActors(MILNONSTATE) },
  ]);
  const actor = (name: string) => built.actors.find((a) => a.name === name);

  it('reads dates as PETRARCH does (YY 00-30 is 20YY) and rejects impossible ones', () => {
    expect(phoenixDate('011222')).toBe('2001-12-22');
    expect(phoenixDate('750101')).toBe('1975-01-01');
    expect(phoenixDate('20141231')).toBe('2014-12-31');
    expect(phoenixDate('20100931')).toBeNull();
    expect(phoenixDate('2004017')).toBeNull();
  });

  it('makes one state per country, with its cities and the entries coded as it (or a part of it) as aliases', () => {
    expect(actor('Afghanistan')).toEqual({
      name: 'Afghanistan', code: 'AFG', kind: 'state', country: 'af',
      aliases: ['Afghan', 'Kabul', 'Mazar-i-Sharif', 'Helmand', 'Islamic Emirate of Afghanistan'],
    });
    expect(actor('Palestine')).toMatchObject({ code: 'PSE', kind: 'state', country: 'ps', aliases: ['Palestinian', 'Gaza Strip'] });
    expect(actor('Puerto Rico')).toMatchObject({ code: 'PRI', kind: 'state', country: 'pr' });
  });

  it('keeps persons with their roles and the country of their latest role', () => {
    expect(actor('Hamid Karzai')).toEqual({
      name: 'Hamid Karzai', code: 'AFGGOV', kind: 'person', country: 'af', aliases: ['President Karzai'],
      roles: [{ code: 'AFGELI', from: '1975-01-01', to: '2000-01-01' }, { code: 'AFGGOV', from: '2001-12-22' }, { code: 'AFGELI' }],
    });
    expect(actor('Kofi Annan')).toMatchObject({ kind: 'person', code: 'IGOUNO', aliases: ['Secretary-General Kofi Annan'] });
    expect(actor('Kofi Annan')?.country).toBeUndefined();
    expect(actor('Mohammad Zahir Shah')).toBeUndefined(); // roles ended before 1990
    expect(actor('Farooq Wardak')).toBeUndefined(); // a minister of education
    expect(built.stats).toMatchObject({ historicPersons: 1, portfolioMinisters: 1 });
  });

  it('classifies agencies, IGOs and armed groups; merges an organisation listed twice', () => {
    expect(actor('Afghan National Security Forces')).toMatchObject({ kind: 'agency', code: 'AFGMIL', country: 'af', aliases: ['ANSF'] });
    expect(actor('United Nations')).toEqual({ name: 'United Nations', code: 'IGOUNO', kind: 'igo', aliases: ['UN'] });
    expect(actor('Taliban')).toMatchObject({ kind: 'armed_group', code: 'AFGREB', country: 'af', aliases: ['Taleban'] });
    expect(actor('Animal Liberation Front')).toMatchObject({ kind: 'armed_group', aliases: ['ALF'] });
  });

  it('drops companies, bare names and undated staff of an IGO', () => {
    expect(built.actors.some((a) => a.name.includes('Bancorp'))).toBe(false);
    expect(actor('U.N.')).toBeUndefined();
    expect(actor('Manfred Nowak')).toBeUndefined();
    expect(built.stats).toMatchObject({ companies: 1, bareNames: 1, undatedStaff: 1 });
  });
});

describe('display names', () => {
  it('restores case: title case, acronyms, particles, initials, hyphens', () => {
    expect(displayName('HAMID_KARZAI_')).toBe('Hamid Karzai');
    expect(displayName('ISLAMIC_REPUBLIC_OF_AFGHANISTAN')).toBe('Islamic Republic of Afghanistan');
    expect(displayName('U.S._STATE_DEPARTMENT')).toBe('U.S. State Department');
    expect(displayName('ABU_BAKR_AL-BAGHDADI')).toBe('Abu Bakr al-Baghdadi');
    expect(displayName('AL_QAEDA_')).toBe('Al Qaeda');
    expect(displayName('COTE_D\'IVOIRE_')).toBe("Cote d'Ivoire");
    expect(displayName('ABDULLAH_II')).toBe('Abdullah II');
    expect(displayName('JOHN_MCCAIN')).toBe('John McCain');
    expect(displayName('ST._KITTS_AND_NEVIS')).toBe('St. Kitts and Nevis');
    expect(displayName('PKK')).toBe('PKK');
    expect(displayName('HAMAS_')).toBe('Hamas');
    expect(displayName('NATO_')).toBe('NATO');
    expect(displayName('ANSF', acronymsOf([['AFGHAN', 'NATIONAL', 'SECURITY', 'FORCES']]))).toBe('ANSF');
    expect(displayName('ORDER,_THE')).toBe('Order');
    expect(displayName('JEM', acronymsOf([['JAISH-E-MOHAMMAD']]))).toBe('JEM');
  });

  it('splits an acronym in parentheses from a name, and drops a word in parentheses', () => {
    expect(splitParenthesis('ANIMAL_LIBERATION_FRONT_(ALF)_')).toEqual({ phrase: 'ANIMAL_LIBERATION_FRONT_', acronym: 'ALF' });
    expect(splitParenthesis('AMERICA_(COUNTRY)_')).toEqual({ phrase: 'AMERICA_', acronym: null });
    expect(entryNames({ name: 'THE_UNITED_NATIONS_', synonyms: ['UN_', 'THE_UN_'] })).toEqual(['United Nations', 'UN']);
  });
});

describe('ISO countries', () => {
  it('maps every alpha-3 to an alpha-2 region that Intl names', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const [alpha3, alpha2] of ISO3_TO_ISO2) {
      expect(alpha2, alpha3).toMatch(/^[a-z]{2}$/);
      expect(names.of(alpha2.toUpperCase()), alpha3).not.toBe(alpha2.toUpperCase());
    }
    expect(countryOfCode('AFGGOV')).toBe('af');
    expect(countryOfCode('KSV')).toBe('xk');
    expect(countryOfCode('IGOUNO')).toBeUndefined();
  });
});

describe('the written lexicon files', () => {
  const load = <T>(file: string): T => JSON.parse(readFileSync(path.join(LEXICON, file), 'utf8')) as T;

  it('cameo-map.json is valid', () => {
    expect(validateCameoMap(load('cameo-map.json'))).toEqual([]);
  });

  it('cameo-verbs.json validates and types the core verbs', () => {
    const file = load<CameoVerbsFile>('cameo-verbs.json');
    expect(validateCameoVerbs(file)).toEqual([]);
    const typeOf = (lemma: string) => file.verbs.find((v) => v.lemma === lemma && !v.preps)?.type;
    expect(['visit', 'meet', 'sign', 'support', 'accuse', 'reject', 'warn', 'attack'].map(typeOf))
      .toEqual(['VISITED', 'MET_WITH', 'COOPERATES_WITH', 'SUPPORTS', 'ACCUSED', 'REJECTED', 'WARNED', 'ATTACKED']);
    expect(file.verbs.find((v) => v.lemma === 'host')).toMatchObject({ type: 'VISITED', reverse: true });
    expect(file.provenance.licence).toBe('MIT');
  });

  it('agents.json validates and attaches the common state agents', () => {
    const file = load<AgentsFile>('agents.json');
    expect(validateAgents(file)).toEqual([]);
    const codeOf = (noun: string) => file.agents.find((a) => a.noun === noun)?.code;
    expect(['official', 'force', 'troop', 'spokesman', 'minister', 'police', 'rebel'].map(codeOf))
      .toEqual(['GOV', 'MIL', 'MIL', 'GOV', 'GOV', 'COP', 'REB']);
    expect(file.codes.GOV?.stateAgent).toBe(true);
  });

  it('phoenix-actors.json validates and stays under 3 MB', () => {
    const file = load<PhoenixActorsFile>('phoenix-actors.json');
    expect(validatePhoenixActors(file)).toEqual([]);
    expect(statSync(path.join(LEXICON, 'phoenix-actors.json')).size).toBeLessThan(3 * 1024 * 1024);
    const afghanistan = file.actors.find((a) => a.code === 'AFG');
    expect(afghanistan).toMatchObject({ name: 'Afghanistan', kind: 'state', country: 'af' });
    expect(afghanistan?.aliases).toContain('Kabul');
  });

  it('is written one entry per line', () => {
    expect(formatLexiconJson({ a: 'x', list: [{ b: 1 }, { b: 2 }], empty: [] })).toBe('{\n  "a": "x",\n  "list": [\n    {"b":1},\n    {"b":2}\n  ],\n  "empty": []\n}\n');
  });
});

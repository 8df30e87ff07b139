import { describe, expect, it } from 'vitest';
import { extractor, find, run, triples } from './helpers';

describe('relation types (one sentence each)', () => {
  const cases: [string, string][] = [
    ['The Iranian foreign minister visited Kazakhstan on Tuesday.', 'iran VISITED kazakhstan'],
    ['A Chinese delegation arrived in Islamabad.', 'china VISITED pakistan'],
    ['Japan held talks with South Korea about fishing rights.', 'japan MET_WITH south-korea'],
    ['Egypt will cooperate with Jordan on border security.', 'egypt COOPERATES_WITH jordan'],
    ['Qatar signed a trade agreement with Oman.', 'qatar COOPERATES_WITH oman'],
    ['Saudi Arabia provided financial support to Yemen.', 'saudi-arabia SUPPORTS yemen'],
    ['Kenya accused Somalia of harbouring rebels.', 'kenya ACCUSED somalia'],
    ['Serbia rejected the demands of Kosovo.', 'serbia REJECTED kosovo'],
    ['Moscow warned Kyiv against joining the alliance.', 'russia WARNED ukraine'],
    ['Hezbollah fighters attacked Israeli positions.', 'hezbollah ATTACKED israel'],
    ['The TTP launched a series of attacks against Pakistani security forces.', 'ttp ATTACKED pakistan-army'],
  ];
  for (const [sentence, expected] of cases) {
    it(expected, () => expect(triples(run(sentence))).toContain(expected));
  }
});

describe('direction, voice and coordination', () => {
  it('swaps arguments in the passive voice', () => {
    expect(triples(run('The Indian convoy was ambushed by Lashkar-e-Taiba militants.'))).toContain('let ATTACKED india');
  });

  it('attributes attacks to the agent of "can be traced to" and expands coordinated places', () => {
    const t = triples(run('Deadly attacks in Tajikistan and Uzbekistan can be traced to ISKP.'));
    expect(t).toEqual(expect.arrayContaining(['iskp ATTACKED tajikistan', 'iskp ATTACKED uzbekistan']));
  });

  it('expands coordinated titled subjects', () => {
    const t = triples(run('FBI Director Kash Patel and Secretary of State Marco Rubio have both visited Qatar.'));
    expect(t).toEqual(expect.arrayContaining(['d-kash-patel VISITED qatar', 'marco-rubio VISITED qatar']));
  });

  it('handles nominal triggers with a prenominal source', () => {
    expect(triples(run('Continued Chinese assistance to Nepal worries India.'))).toContain('china SUPPORTS nepal');
    expect(triples(run('The visit of an Iranian delegation to Baghdad was brief.'))).toContain('iran VISITED iraq');
  });

  it('keeps the reporter out of the claim', () => {
    const t = triples(run('According to Reuters, Turkey attacked Syrian Kurdish positions, Greek officials said.'));
    expect(t.every((x) => !x.includes('reuters') && !x.startsWith('greece'))).toBe(true);
  });

  it('never emits self-loops', () => {
    const x = run('Pakistan and Islamabad cooperate with Pakistan.');
    expect(x.claims.every((c) => c.source !== c.target)).toBe(true);
  });
});

describe('negation and modality', () => {
  it('marks phrase and noun negation, never as positive claims', () => {
    expect(triples(run('Tehran will no longer cooperate with Baghdad.'))).toEqual(['iran COOPERATES_WITH! iraq']);
    expect(triples(run('Iran refused to cooperate with Iraq.')).sort()).toEqual(['iran COOPERATES_WITH! iraq', 'iran REJECTED iraq']);
    const x = run('Iraqi officials said there would be no cooperation with Tehran, according to Iraq.');
    expect(x.claims.every((c) => c.negated || c.type !== 'COOPERATES_WITH')).toBe(true);
  });

  it('sets each modality', () => {
    const mod = (s: string) => run(s).claims[0]?.modality;
    expect(mod('Egypt attacked Libya.')).toBe('asserted');
    expect(mod('Officials said Egypt attacked Libya.')).toBe('reported');
    expect(mod('Egypt is considering cooperation with Libya.')).toBe('proposed');
    expect(mod('Egypt is ready to cooperate with Libya.')).toBe('proposed');
    expect(mod('Egypt might have attacked Libya.')).toBe('speculative');
    expect(mod('It is believed that Egypt attacked Libya.')).toBe('speculative');
  });
});

describe('roles and coreference', () => {
  it('gives LEADS and MEMBER_OF from titles and appositives', () => {
    const x = run('CIA Director John Ratcliffe met Asim Munir. Sirajuddin Haqqani, the Taliban Interior Minister, spoke.');
    expect(triples(x)).toEqual(expect.arrayContaining(['john-ratcliffe LEADS cia', 'sirajuddin-haqqani MEMBER_OF taliban']));
    const y = run("India's spy chief, Lieutenant General Ravi Mehra, visited Nepal.");
    expect(triples(y)).toEqual(expect.arrayContaining(['d-ravi-mehra MEMBER_OF india', 'd-ravi-mehra VISITED nepal']));
  });

  it('finds the holder after a title\'s portfolio or posting ("Ambassador to Pakistan Donald Blome"), the state no body of theirs', () => {
    const t = triples(run('U.S. Ambassador to Pakistan Donald Blome met Asim Munir. UN Special Representative for Afghanistan Deborah Lyons visited Qatar.'));
    expect(t).toEqual(expect.arrayContaining(['d-donald-blome MEMBER_OF united-states', 'd-donald-blome MET_WITH asim-munir', 'd-deborah-lyons MEMBER_OF un', 'd-deborah-lyons VISITED qatar']));
    expect(t.filter((x) => x.includes('MEMBER_OF pakistan') || x.includes('MEMBER_OF afghanistan'))).toEqual([]);
  });

  it('finds the holder after a portfolio written out ("the Minister of Foreign Affairs of Iraq, Ibrahim Jaafari"), and the body after it', () => {
    const t = triples(run('Antony Blinken met the Minister for Foreign Affairs of Pakistan, Ishaq Dar. The Minister of Foreign Affairs of Iraq, Ibrahim Jaafari, visited Jordan.'));
    expect(t).toEqual(expect.arrayContaining(['antony-blinken MET_WITH ishaq-dar', 'd-ibrahim-jaafari MEMBER_OF iraq', 'd-ibrahim-jaafari VISITED jordan']));
    expect(t.filter((x) => x.startsWith('iraq ') || x === 'antony-blinken MET_WITH pakistan')).toEqual([]);
  });

  it('reads credit extended to a state as support ("extended a line of credit of USD 100 million to Sri Lanka")', () => {
    expect(triples(run('India has extended a line of credit of USD 100 million to Sri Lanka. China provided a credit line to Pakistan.'))).toEqual(
      expect.arrayContaining(['india SUPPORTS sri-lanka', 'china SUPPORTS pakistan']),
    );
  });

  it('resolves "the group" only when one compatible candidate remains', () => {
    expect(triples(run('Hamas lost ground. Israel later attacked the group.'))).toContain('israel ATTACKED hamas');
    const t = triples(run('Hamas and Hezbollah lost ground. Israel later attacked the group.'));
    expect(t.some((x) => x.startsWith('israel ATTACKED'))).toBe(false);
    expect(triples(run('Hamas was weakened. Hezbollah then attacked the group.'))).toContain('hezbollah ATTACKED hamas');
  });
});

describe('claim records', () => {
  it('have evidence offsets into the original text, weights and ids', () => {
    const text = 'On Monday, Kazakhstan\u2019s President visited Uzbekistan. Tehran condemned Baku\u00A0in 2019.';
    const x = run(text);
    expect(x.claims.length).toBeGreaterThanOrEqual(2);
    for (const c of x.claims) {
      expect(text.slice(c.triggerStart, c.triggerEnd)).toBe(c.trigger);
      expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      expect(c.sourceEnd).toBeGreaterThan(c.sourceStart);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.publisher).toBe('Test Wire');
    }
    expect(find(x, 'iran', 'ACCUSED', 'azerbaijan')).toMatchObject({ weight: -2, year: 2019 });
  });

  it('is deterministic', () => {
    const text = 'Pakistan accused India of backing the BLA. Iran warned Israel.';
    const a = run(text);
    const b = extractor.extract({ meta: { ...a.document }, text });
    expect(b).toEqual(a);
    expect(new Set(a.claims.map((c) => c.claimId)).size).toBe(a.claims.length);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a document without an id', () => {
    expect(() => extractor.extract({ meta: { id: '', title: null, publisher: null, author: null, published: null, url: null, language: null }, text: 'x' })).toThrow(/meta\.id/);
  });
});

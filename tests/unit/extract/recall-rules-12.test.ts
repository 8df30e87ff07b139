// Recall rules added in rules-1.2.0: descriptor groups ("Tamil rebels"), threat and refusal frames,
// and new attack triggers. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findYears, pickYear } from '../../../ingest/extract/time';
import { run, triples } from './helpers';

describe('descriptor groups', () => {
  it('names a place + group noun as a discovered group', () => {
    const x = run('The Sudanese government accused Tamil rebels of shelling the port.');
    expect(x.actors.find((a) => a.name === 'Tamil rebels')?.type).toBe('armed_group');
    expect(triples(x)).toContain('sudan ACCUSED d-tamil-rebels');
  });

  it('names a tribe or clan by its name ("the Achakzai tribe"), and its members are that tribe', () => {
    const x = run('The Taliban killed 20 members of the Achakzai tribe in Kandahar.');
    expect(x.actors.find((a) => a.name === 'Achakzai tribe')).toBeDefined();
    expect(triples(x)).toContain('taliban ATTACKED d-achakzai-tribe');
  });

  it('a demonym before a non-state group noun is the group, not the state', () => {
    const out = triples(run('Afghan insurgents attacked Pakistan on Monday.'));
    expect(out).toContain('d-afghan-insurgents ATTACKED pakistan');
    expect(out).not.toContain('afghanistan ATTACKED pakistan');
  });

  it('a state organ stays the state, a named group stays that group', () => {
    const x = run('Iranian troops attacked Taliban fighters near the border.');
    expect(triples(x)).toContain('iran ATTACKED taliban');
    expect(x.actors.some((a) => a.discovered)).toBe(false);
  });
});

describe('threat frames and reported pronouns', () => {
  it('reads a future hostile act as a warning at the first actor after it', () => {
    expect(triples(run('Oman would blockade Yemen from Monday night.'))).toContain('oman WARNED yemen');
  });

  it('resolves "it"/"they" after a reporting verb to the reporter', () => {
    expect(triples(run('Iran said on Friday it would attack Iraq.'))).toContain('iran ATTACKED iraq');
    expect(triples(run('Tamil rebels announced that they will boycott Sri Lanka\'s elections.'))).toContain('d-tamil-rebels WARNED sri-lanka');
  });
});

describe('attack frames', () => {
  it('a light "engage in" carries an attack noun with a distant target', () => {
    expect(triples(run('Iraqi forces were engaged in ethnic cleansing in Basra against the Kuwaiti population.'))).toContain('iraq ATTACKED kuwait');
  });

  it('a descriptor group may hold one adjective before its noun', () => {
    expect(triples(run('Iranian police opened fire to disperse Baluch nationalist protesters on Monday.'))).toContain('iran ATTACKED d-baluch-nationalist-protesters');
  });
});

describe('copular phrases are active', () => {
  it('"X is opposed to Y" and "X is critical of Y" have X as the source', () => {
    expect(triples(run('Norway is opposed to Swedish mediation in the dispute.'))).toContain('norway REJECTED sweden');
    expect(triples(run('Egypt is critical of Turkey over the pipeline.'))).toContain('egypt ACCUSED turkey');
  });
});

describe('complaints', () => {
  it('a complaint to a third party is aimed at what it is over', () => {
    const out = triples(run('Kenya complained to the African Union on Monday over Somali cross-border raids.'));
    expect(out).toContain('kenya ACCUSED somalia');
    expect(out).not.toContain('kenya ACCUSED african-union');
  });

  it('"complained that" stays a reporting frame', () => {
    const out = triples(run('Iran complained that Iraq attacked Kuwait.'));
    expect(out).toContain('iraq ATTACKED kuwait');
    expect(out).not.toContain('iran ATTACKED kuwait');
  });
});

describe('appositive titles after an unknown name', () => {
  it('discovers "Name, ORG title," as a person who leads the organisation', () => {
    const out = triples(run('Iran rejected calls by Joan Ferrell, NATO secretary-general, to halt the tests.'));
    expect(out).toContain('d-joan-ferrell LEADS nato');
    expect(out).toContain('iran REJECTED d-joan-ferrell');
  });

  it('does not make a person of a sentence-opening phrase', () => {
    const x = run('On Tuesday, the NATO secretary-general met Iran.');
    expect(x.actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('year bounds', () => {
  it('a year after "before"/"until" is a bound, used only when no other year is given', () => {
    const text = 'The port served smugglers for years before the blockade in May 1999, mostly in the 1970s.';
    const ys = findYears(text, null);
    expect(ys.find((y) => y.year === 1999)?.bound).toBe(true);
    expect(pickYear(ys, text.indexOf('served'), 0, text.length)?.year).toBe(1970);
    const only = 'The port was open until 2004.';
    expect(pickYear(findYears(only, null), 9, 0, only.length)?.year).toBe(2004);
  });
});

describe('coordinated reports', () => {
  it('"X defended Y and said …" keeps the first act outside the report', () => {
    expect(triples(run('Egyptian President Hosni Mubarak defended Sudan on Friday and said the critics were wrong.'))).toContain('d-hosni-mubarak SUPPORTS sudan');
  });
});

describe('agreement to talk', () => {
  it('"offered to negotiate with X" is a meeting and cooperation; a bare future meeting is not', () => {
    const out = triples(run('Russia offered to negotiate with Armenia.'));
    expect(out).toContain('russia MET_WITH armenia');
    expect(out).toContain('russia COOPERATES_WITH armenia');
    expect(triples(run('Russia will negotiate with Armenia.'))).not.toContain('russia COOPERATES_WITH armenia');
  });
});

import { describe, expect, it } from 'vitest';
import { find, run, triples } from './helpers';

describe('compounds and structural roles', () => {
  it('reads "X-backed Y" as support and "X-Y conflict" as mutual attacks', () => {
    expect(triples(run('The Iran-backed Houthis seized the port.'))).toContain('iran SUPPORTS houthis');
    expect(triples(run('The Armenia-Azerbaijan conflict flared again.'))).toEqual(expect.arrayContaining(['armenia ATTACKED azerbaijan', 'azerbaijan ATTACKED armenia']));
  });

  it('reads "between X and Y" as the parties of a reciprocal act only', () => {
    expect(triples(run('Clashes between Sudan and Chad erupted at the border.'))).toContain('sudan ATTACKED chad');
    // "effort" triggers only as an effort against someone: between two parties it is nobody's attack.
    expect(triples(run('Qatar launched a peace effort between Sudan and Chad.')).filter((t) => t.includes('ATTACKED'))).toEqual([]);
  });

  it('reads particle verbs of destruction as attacks ("root out", "wipe out", "hunt down")', () => {
    expect(triples(run('Sudan moved to root out the Houthis.'))).toContain('sudan ATTACKED houthis');
    expect(triples(run('Chad wiped out the Houthis.'))).toContain('chad ATTACKED houthis');
    expect(triples(run('Chad hunted down Houthi commanders.'))).toContain('chad ATTACKED houthis');
  });

  it('makes a state-owned agency a member of its state and gives titles their implied organisation', () => {
    expect(triples(run("India's RAW agency expanded its work."))).toContain('raw MEMBER_OF india');
    expect(triples(run('Defense Secretary Pete Hegseth spoke in Manila.'))).toContain('pete-hegseth LEADS us-dod');
  });

  it('reads the state after a titled name as the holder\'s, shared along a list of titled names but never with a known person of another state', () => {
    expect(triples(run('Prime Minister Anwar Ibrahim of Malaysia received the delegation.'))).toContain('d-anwar-ibrahim LEADS malaysia');
    expect(triples(run('Foreign Minister Penny Wong and Defence Minister Richard Marles of Australia arrived in Jakarta.'))).toEqual(
      expect.arrayContaining(['d-penny-wong MEMBER_OF australia', 'd-richard-marles MEMBER_OF australia']),
    );
    const pair = triples(run('President Joe Biden and Prime Minister Anwar Ibrahim of Malaysia met in Washington.'));
    expect(pair).toContain('d-anwar-ibrahim LEADS malaysia');
    expect(pair.filter((t) => t.startsWith('joe-biden') && t.endsWith('malaysia'))).toEqual([]);
  });

  it('reads an extradition as judicial cooperation with the receiving state, not with the person extradited', () => {
    expect(triples(run('Zambia extradited the suspect to Britain on Sunday.'))).toEqual(['zambia COOPERATES_WITH united-kingdom']);
  });

  it('skips former roles', () => {
    expect(triples(run('Karim Shah, a former Afghan diplomat, spoke.'))).not.toContain('d-karim-shah MEMBER_OF afghanistan');
  });
});

describe('speakers, refusals and negation after the trigger', () => {
  it("uses a spokesman's organisation as the source of what he says", () => {
    const x = run('Hamas spokesman Basem Naim told reporters there would be no talks with Fatah.');
    expect(triples(x)).toContain('hamas MET_WITH! fatah');
    const y = run('Taliban spokesman Zabihullah Mujahid arrived. "We will fight ISIS-K everywhere," Mujahid said.');
    expect(triples(y)).toContain('taliban ATTACKED iskp');
  });

  it('reads "refused to <verb> ... X" as a rejection of X, and "refused to cooperate" as negated cooperation', () => {
    expect(triples(run('Egypt refused to deploy observers in Libya.'))).toContain('egypt REJECTED libya');
    expect(triples(run('Egypt refused to cooperate with Libya.'))).toContain('egypt COOPERATES_WITH! libya');
  });

  it('negates a deal that "proved elusive"', () => {
    expect(triples(run('A deal between Sudan and Chad proved elusive.'))).toContain('sudan COOPERATES_WITH! chad');
  });

  it('dates a claim only from its own clause', () => {
    const x = run('While Peru and Chile signed a pact in 2011, Bolivia attacked Chile.', null);
    expect(find(x, 'bolivia', 'ATTACKED', 'chile')).toMatchObject({ year: null, yearRule: 'publication-fallback' });
    expect(find(x, 'peru', 'COOPERATES_WITH', 'chile')).toMatchObject({ year: 2011, yearRule: 'explicit' });
  });
});

// Recall patterns added for unseen articles: coordinated parties of a light verb + noun, new
// attack and meeting triggers, and photo-credit lines that must not yield actors.
import { describe, expect, it } from 'vitest';
import { run, triples } from './helpers';

describe('recall patterns', () => {
  it('pairs coordinated subjects of a light verb with a symmetric noun', () => {
    expect(triples(run('Iran and Oman resumed negotiations on Tuesday over shipping lanes.'))).toContain('iran MET_WITH oman');
    expect(triples(run('Indian and Russian warships began joint exercises in the Arabian Sea.'))).toContain('india COOPERATES_WITH russia');
  });

  it('does not pair subjects separated from the light verb by another actor', () => {
    const out = triples(run('Ghani and Abdullah travelled to Qatar to discuss continued cooperation.'));
    expect(out.some((t) => t.includes('COOPERATES_WITH'))).toBe(false);
  });

  it('reads new attack triggers', () => {
    expect(triples(run('Pakistani guards beat up Afghan traders at the border crossing.'))).toContain('pakistan ATTACKED afghanistan');
    expect(triples(run('Iranian guards abused Afghan migrants near the frontier.'))).toContain('iran ATTACKED afghanistan');
  });

  it('reads a rejected offer from an actor', () => {
    expect(triples(run('India rejected a new proposal from China on the disputed border.'))).toContain('india REJECTED china');
  });

  it('drops photo-credit lines', () => {
    const x = run('Jane Roe | Reuters | Getty Images\nThe Taliban attacked Pakistan.');
    expect(x.mentions.map((m) => m.actor)).not.toContain('getty-images');
    expect(triples(x)).toContain('taliban ATTACKED pakistan');
  });

  it('takes the place of a unit named "forces in X" as the acting state', () => {
    expect(triples(run('Security forces in Tajikistan have detained several Afghan refugees and tortured Afghan traders.'))).toContain('tajikistan ATTACKED afghanistan');
  });

  it('aims a conditional threat at the actor who must comply', () => {
    expect(triples(run('China threatened to suspend trade talks if India goes ahead with the new tariffs.'))).toContain('china WARNED india');
  });

  it('reads "refused to meet X" as a rejection of X besides the negated meeting', () => {
    const out = triples(run('Iran refused to meet Saudi Arabia in Baghdad.'));
    expect(out).toContain('iran REJECTED saudi-arabia');
    expect(out).toContain('iran MET_WITH! saudi-arabia');
    expect(triples(run('Pakistan denied supporting the Taliban.'))).not.toContain('pakistan REJECTED taliban');
  });

  it('skips "as ..." right after a condemnation verb', () => {
    expect(triples(run('Kabul condemned as unacceptable Pakistan\'s airstrikes near the border.'))).toContain('taliban ACCUSED pakistan');
  });

  it('never dates an undated document from today', () => {
    const x = run('The Taliban attacked Pakistan last week.', null);
    expect(x.claims.every((c) => c.year === null)).toBe(true);
  });

  it('reads a call for sanctions by a cleric as a disapproval', () => {
    expect(triples(run('Cardinal Mateo Rinaldi on Friday called for sanctions against Myanmar.'))).toContain('d-mateo-rinaldi ACCUSED myanmar');
  });

  it('reads a promised or offered act of support as an agreement too', () => {
    const out = triples(run('Japan has pledged to continue humanitarian aid to Afghanistan.'));
    expect(out).toContain('japan SUPPORTS afghanistan');
    expect(out).toContain('japan COOPERATES_WITH afghanistan');
    expect(triples(run('Qatar sent aid to Afghanistan.'))).not.toContain('qatar COOPERATES_WITH afghanistan');
  });

  it('skips a hyphenated modifier before the target', () => {
    expect(triples(run('Turkey sent aid to quake-hit Syria.'))).toContain('turkey SUPPORTS syria');
  });
});

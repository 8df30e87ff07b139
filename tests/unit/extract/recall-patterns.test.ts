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
});

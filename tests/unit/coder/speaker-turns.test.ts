import { describe, expect, it } from 'vitest';
import { findSpeakerTurns, labelAsName, signatureOf } from '../../../ingest/coder/speaker-turns';

describe('speaker turns of a transcript', () => {
  it('finds labels at line starts, each turn running to the next label', () => {
    const text = 'PRESIDENT BIDEN: Hello.\nMore from him.\n\nQ  A question?\n\nTHE PRESIDENT:  An answer.\n';
    const turns = findSpeakerTurns(text);
    expect(turns.map((t) => t.label)).toEqual(['PRESIDENT BIDEN', 'Q', 'THE PRESIDENT']);
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toBe('PRESIDENT BIDEN: Hello.\nMore from him.\n\n');
    expect(turns[2]!.end).toBe(text.length);
  });

  it('ignores colons inside prose, lower-case words and single-letter markers', () => {
    expect(findSpeakerTurns('He said: we will go.\nNote: nothing.\nA: list item\n')).toEqual([]);
  });

  it('spells a label as a name the mention layer reads', () => {
    expect(labelAsName('PRESIDENT GHANI')).toBe('President Ghani');
  });
});

describe('signatureOf', () => {
  it('reads a name in capitals alone on the last line as the signer', () => {
    expect(signatureOf('I am providing notice of my intent.\n\n                Sincerely,\n\n                JOSEPH R. BIDEN JR.\n')).toBe('JOSEPH R. BIDEN JR.');
    expect(signatureOf('IN WITNESS WHEREOF, I have hereunto set my hand.\n\nJOSEPH R. BIDEN JR.')).toBe('JOSEPH R. BIDEN JR.');
  });

  it('finds none in a last line of prose, a one-word line or a marker', () => {
    expect(signatureOf('We will continue to support the Afghan people.\n')).toBeNull();
    expect(signatureOf('Text.\n\n###\n')).toBeNull();
    expect(signatureOf('Text.\n\nEND\n')).toBeNull();
    expect(signatureOf('Text.\n\nJoseph R. Biden Jr.\n')).toBeNull();
  });
});

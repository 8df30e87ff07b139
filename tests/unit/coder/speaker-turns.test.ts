import { describe, expect, it } from 'vitest';
import { findSpeakerTurns, labelAsName } from '../../../ingest/coder/speaker-turns';

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

import { describe, expect, it } from 'vitest';
import { plainQuotes } from '../../../ingest/parse/plain-quotes';

describe('plainQuotes', () => {
  it('straightens typographic quotes one character for one, so offsets are kept', () => {
    const text = 'I’m told “the Taliban’s” ‘offer’ stands.';
    const plain = plainQuotes(text);
    expect(plain).toBe('I\'m told "the Taliban\'s" \'offer\' stands.');
    expect(plain.length).toBe(text.length);
  });
});

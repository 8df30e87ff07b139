import { describe, expect, it } from 'vitest';
import { lineBreaksEndSentences } from '../../../ingest/parse/line-breaks';

const LONG = 'The foreign ministers of both countries met on Tuesday in Doha and agreed to continue the talks next month, officials said.';

describe('line breaks as sentence ends', () => {
  it('reads text wrapped at ~72 characters as prose: a line break is a space', () => {
    const wrapped = 'The foreign ministers of both countries met on Tuesday in Doha and\nagreed to continue the talks next month, officials said. The talks\nwill resume in March.';
    expect(lineBreaksEndSentences(wrapped)).toBe(false);
  });

  it('reads one paragraph a line as ending a sentence at every line break (bylines, headlines)', () => {
    expect(lineBreaksEndSentences(`Talks resume in Doha\nBy Jane Doe\n${LONG}\n${LONG}\n${LONG}`)).toBe(true);
  });

  it('keeps a single line, or wrapped text with one long front line, as prose', () => {
    expect(lineBreaksEndSentences(LONG)).toBe(false);
    expect(lineBreaksEndSentences(`${LONG}\nshort wrapped line one\nshort wrapped line two\nshort wrapped line three`)).toBe(false);
  });
});

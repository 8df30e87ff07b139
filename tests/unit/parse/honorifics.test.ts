import { describe, expect, it } from 'vitest';
import { parserSafeHonorifics } from '../../../ingest/parse/honorifics';

describe('parserSafeHonorifics', () => {
  it('drops the last period of an honorific before a name, keeping every offset', () => {
    const text = 'The Minister met H.E. Mr. Xi Jinping and H.R.H. Prince Faisal; H.H. Sheikh Tamim called.';
    const safe = parserSafeHonorifics(text);
    expect(safe).toBe('The Minister met H.E  Mr. Xi Jinping and H.R.H  Prince Faisal; H.H  Sheikh Tamim called.');
    expect(safe.length).toBe(text.length);
  });

  it('leaves other initials and an honorific at the end of a sentence alone', () => {
    const text = 'He left the U.S. Then he met T.H.E. Group. They met H.E. and left.';
    expect(parserSafeHonorifics(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { findYears } from '../../../ingest/extract/time';
import { run } from './helpers';

describe('findYears', () => {
  it('dates a month and day announced for the future forward, one already past back', () => {
    const year = (t: string, published: string) => findYears(t, published).map((y) => y.year);
    expect(year('The Secretary will travel to Pakistan on January 10.', '2022-12-20')).toEqual([2023]);
    expect(year('The Deputy Secretary is scheduled to visit Islamabad October 7-8.', '2022-10-01')).toEqual([2022]);
    expect(year('The Secretary traveled to Pakistan on October 7.', '2022-10-01')).toEqual([2021]);
    expect(year('The Secretary traveled to Pakistan on January 10.', '2022-12-20')).toEqual([2022]);
  });

  it('finds explicit years, decades and relative expressions', () => {
    const ys = (t: string) => findYears(t, '2023-03-10').map((y) => `${y.year}:${y.rule}`);
    expect(ys('The accord was signed in October 2001.')).toEqual(['2001:explicit']);
    expect(ys('Militias were armed in the 1990s.')).toEqual(['1990:decade']);
    expect(ys('They met last year.')).toEqual(['2022:relative']);
    expect(ys('They met this year.')).toEqual(['2023:relative']);
    expect(ys('The raid happened nearly four years ago.')).toEqual(['2019:relative']);
    // A half counted from the publication month: 42 months before March 2023 is September 2019; 18 before is September 2021.
    expect(ys('Three and a half years ago, the envoys met.')).toEqual(['2019:relative']);
    expect(ys('A year and a half ago, the envoys met.')).toEqual(['2021:relative']);
    expect(ys('18 months ago the envoys met.')).toEqual(['2021:relative']);
    // A weekday is the last such day on or before publication, across a new year too.
    expect(findYears('They met on Saturday.', '2023-01-20').map((y) => y.year)).toEqual([2023]);
    expect(findYears('They met on Saturday.', '2023-01-02').map((y) => y.year)).toEqual([2022]);
    expect(findYears('They met yesterday.', '2023-01-01').map((y) => y.year)).toEqual([2022]);
    expect(ys('Talks stalled in mid-2019 and resumed in early-2020.')).toEqual(['2019:explicit', '2020:explicit']);
    expect(findYears('Two and a half years ago they met.', '2023-08-10').map((y) => y.year)).toEqual([2021]);
    expect(ys('Envoys met last month.')).toEqual(['2023:relative']);
    expect(ys('Envoys met on December 20.')).toEqual(['2022:relative']);
    expect(ys('Envoys met on February 20.')).toEqual(['2023:relative']);
  });

  it('does not read counts or spans as years', () => {
    expect(findYears('A 20-year war and 1,500 troops.', '2023-03-10')).toEqual([]);
  });
});

describe('claim years', () => {
  it('uses the sentence year, else the publication year, else null', () => {
    const a = run('Iran attacked Iraq in 1980.', '2020-01-01');
    expect(a.claims[0]).toMatchObject({ year: 1980, yearRule: 'explicit' });
    const b = run('Iran attacked Iraq.', '2020-01-01');
    expect(b.claims[0]).toMatchObject({ year: 2020, yearRule: 'publication-fallback' });
    const c = run('Iran attacked Iraq.', null);
    expect(c.claims[0]).toMatchObject({ year: null, yearRule: 'publication-fallback' });
    const d = run('Iran attacked Iraq last year.', null);
    expect(d.claims[0]).toMatchObject({ year: null, yearRule: 'publication-fallback' });
    const e = run('Hungary backed Romania in the 1990s.', '2020-01-01');
    expect(e.claims[0]).toMatchObject({ year: 1990, yearRule: 'decade' });
    const f = run('Hungary backed Romania two years ago.', '2020-01-01');
    expect(f.claims[0]).toMatchObject({ year: 2018, yearRule: 'relative' });
  });
});

import { describe, expect, it } from 'vitest';
import { compileOfficeHolders } from '../../../ingest/extract/office-holders';
import { defaultResources, validateResources } from '../../../ingest/extract/resources';
import type { Office } from '../../../shared/gazetteer';

const offices: Office[] = [
  { holder: 'imran-khan', titles: ['prime minister'], of: 'pakistan', from: '2018-08-18', to: '2022-04-10' },
  { holder: 'shehbaz-sharif', titles: ['prime minister'], of: 'pakistan', from: '2022-04-11', to: null },
  { holder: 'joe-biden', titles: ['president'], of: 'united-states', from: '2021-01-20', to: '2025-01-20' },
  { holder: 'donald-trump', titles: ['president'], of: 'united-states', from: '2025-01-20', to: null },
];

describe('office holders on a date', () => {
  const holders = compileOfficeHolders(offices);

  it('names the one holder in office that day, of that state, whatever the case of the title', () => {
    expect(holders.holderAt('prime minister', 'pakistan', '2021-08-16')).toBe('imran-khan');
    expect(holders.holderAt('Prime Minister', 'pakistan', '2023-01-10')).toBe('shehbaz-sharif');
    expect(holders.holderAt('prime minister', 'united-states', '2023-01-10')).toBeNull();
  });

  it('gives a handover day to the incoming holder, and no one between terms or before the first', () => {
    expect(holders.holderAt('president', 'united-states', '2025-01-20')).toBe('donald-trump');
    expect(holders.holderAt('president', 'united-states', '2025-01-19')).toBe('joe-biden');
    expect(holders.holderAt('prime minister', 'pakistan', '2022-04-10')).toBeNull();
    expect(holders.holderAt('president', 'united-states', '2020-06-01')).toBeNull();
  });

  it('takes the first owner with a holder that day, skipping owners not known', () => {
    const withBody = compileOfficeHolders([...offices, { holder: 'antony-blinken', titles: ['secretary'], of: 'us-state-department', from: '2021-01-26', to: '2025-01-20' }]);
    expect(withBody.firstHolderAt('secretary', ['us-state-department', 'united-states'], '2022-09-06')).toBe('antony-blinken');
    expect(withBody.firstHolderAt('president', [null, 'us-state-department', 'united-states'], '2022-09-06')).toBe('joe-biden');
    expect(withBody.firstHolderAt('secretary', [null, 'united-states'], '2022-09-06')).toBeNull();
  });

  it('names no one when two terms overlap', () => {
    const overlapping = compileOfficeHolders([...offices, { holder: 'kamala-harris', titles: ['president'], of: 'united-states', from: '2024-07-01', to: '2024-08-01' }]);
    expect(overlapping.holderAt('president', 'united-states', '2024-07-15')).toBeNull();
  });
});

describe('the gazetteer\'s offices are checked when the extractor is built', () => {
  const withOffice = (office: Partial<Office>) => {
    const resources = defaultResources();
    const base: Office = { holder: 'joe-biden', titles: ['president'], of: 'united-states', from: '2021-01-20', to: null };
    return () => validateResources({ ...resources, gazetteer: { ...resources.gazetteer, offices: [{ ...base, ...office }] } });
  };

  it('accepts the shipped gazetteer and a well-formed office', () => {
    expect(() => validateResources(defaultResources())).not.toThrow();
    expect(withOffice({})).not.toThrow();
  });

  it('names what is wrong: an unknown actor, no titles, a date that does not exist, an end before the start', () => {
    expect(withOffice({ holder: 'nobody' })).toThrow(/offices\[0\] names an unknown actor \("nobody"/);
    expect(withOffice({ titles: [] })).toThrow(/offices\[0\] needs a non-empty list of `titles`/);
    expect(withOffice({ from: '2021-02-30' })).toThrow(/offices\[0\] has an invalid `from` or `to`/);
    expect(withOffice({ to: '2020-01-01' })).toThrow(/offices\[0\] ends \(2020-01-01\) before it begins/);
  });
});

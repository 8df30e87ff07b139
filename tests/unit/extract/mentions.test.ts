import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const actorsOf = (text: string, published: string | null = '2024-06-15') => run(text, published).mentions.map((m) => `${m.text}=${m.actor}`);

describe('gazetteer mentions', () => {
  it('matches acronyms case-sensitively: US and U.S. but never the pronoun "us"', () => {
    expect(actorsOf('The US told us that U.S. officials and the CIA agreed.')).toEqual(['US=united-states', 'U.S.=united-states', 'CIA=cia']);
    expect(actorsOf('Let us see whether the cia is named.')).toEqual([]);
  });

  it('matches names case-insensitively at token boundaries, with possessives and spelling variants', () => {
    expect(actorsOf("Pakistan's envoy and the Taliban’s envoy met al Qaeda and Al-Qaida members.")).toEqual([
      'Pakistan=pakistan', 'Taliban=taliban', 'al Qaeda=al-qaeda', 'Al-Qaida=al-qaeda',
    ]);
    expect(actorsOf('Pakistanis and Taliban leaders met.')).toContain('Taliban=taliban');
  });

  it('maps demonyms (also of people and fighters) to states, but not before non-political nouns', () => {
    expect(actorsOf('A Hungarian delegation met Afghan civilians and the Afghan Taliban in the Indian Ocean.')).toEqual(['Hungarian=hungary', 'Afghan=afghanistan', 'Afghan Taliban=taliban']);
  });

  it('reads the Afghan Interim Government of Pakistani releases as the Taliban', () => {
    expect(actorsOf('Pakistan urged the Afghan Interim Government to act against the TTP.')).toEqual(['Pakistan=pakistan', 'Afghan Interim Government=taliban', 'TTP=ttp']);
  });

  it('reads no name in a word made with a prefix after a rank ("a Major Non-NATO Ally")', () => {
    expect(actorsOf('Afghanistan was designated a Major Non-NATO Ally. Major Smith-Jones left.')).toEqual(['Afghanistan=afghanistan', 'NATO=nato', 'Smith-Jones=d-smith-jones']);
  });

  it('reads a known person\'s name before a facility noun as the place or thing named after them, not the person', () => {
    expect(actorsOf('ISIS-K attacked crowds at Hamid Karzai International Airport, and Hamid Karzai condemned it.')).toEqual(['ISIS-K=iskp', 'Hamid Karzai=hamid-karzai']);
  });

  it('reads a capital before an instrument noun as where it was made, not a party ("the Doha Agreement", "the Warsaw Pact")', () => {
    expect(actorsOf('The Doha Agreement and the Warsaw Pact were signed, and the envoy flew to Doha.')).toEqual(['Doha=qatar']);
    expect(actorsOf('They broke the Doha agreement. Islamabad talks to Kabul.', '2022-05-01')).toEqual(['Islamabad=pakistan', 'Kabul=taliban']);
  });

  it('reads the British services as the British Armed Forces, not the state (the Phoenix GBRMIL entries)', () => {
    expect(actorsOf('RAF Tornados and the Royal Navy joined British troops; Britain paid.')).toEqual(['RAF=uk-military', 'Royal Navy=uk-military', 'British troops=uk-military', 'Britain=united-kingdom']);
  });

  it('resolves metonyms, with Kabul depending on the publication date', () => {
    expect(actorsOf('Islamabad and the White House spoke to Kabul.', '2020-05-01')).toEqual(['Islamabad=pakistan', 'White House=united-states', 'Kabul=afghanistan']);
    expect(actorsOf('Islamabad spoke to Kabul.', '2022-05-01')).toEqual(['Islamabad=pakistan', 'Kabul=taliban']);
    // After the takeover "the Afghan authorities" of Pakistani releases are the Taliban's government.
    expect(actorsOf('Islamabad spoke to the Afghan authorities.', '2020-05-01')).toEqual(['Islamabad=pakistan', 'Afghan authorities=afghanistan']);
    expect(actorsOf('Islamabad spoke to the Afghan authorities.', '2023-05-01')).toEqual(['Islamabad=pakistan', 'Afghan authorities=taliban']);
  });

  it('spells a demonym + body alias with the state\'s name too ("Afghan government" = "the Government of Afghanistan")', () => {
    expect(actorsOf('Washington will stay engaged with the Government of Afghanistan and the Afghanistan government.', '2021-05-01')).toEqual([
      'Washington=united-states', 'Government of Afghanistan=afghan-government-2021', 'Afghanistan government=afghan-government-2021',
    ]);
  });

  it('reads a spelled-out name whose initials are a known acronym as that actor', () => {
    expect(actorsOf('Aid went to the Afghan National Defense and Security Forces.', '2021-05-01')).toEqual(['Afghan National Defense and Security Forces=afghan-government-2021']);
  });

  it('reads a long one-word name of a state or group misspelt by one letter as that name, never a person\'s or a short one', () => {
    expect(actorsOf('Officials from Afganistan, Ethopia and the Phillippines met Hizbollah.')).toEqual([
      'Afganistan=afghanistan', 'Ethopia=ethiopia', 'Phillippines=philippines', 'Hizbollah=hezbollah',
    ]);
    // Short names sit one letter from other words and names; an adjective or plural is that word.
    expect(actorsOf('Graham Greene met Roland and Franco in Pakistanis.')).toEqual(['Pakistanis=pakistan']);
    expect(actorsOf('Zalmay Khalilzed spoke.')).not.toContain('Khalilzed=zalmay-khalilzad');
    // A slip at the end or after a capitalised word is a surname: "President Hollande", "Hollande said".
    expect(actorsOf('President Hollande met Erdogan. Hollande said so.').filter((m) => m.endsWith('=netherlands'))).toEqual([]);
    expect(actorsOf('Troops stayed in the District of Columbia.')).toEqual([]);
    expect(actorsOf('Georgina met Georgina Smith and Jordon.')).toEqual([]);
  });

  it('reads a name joined by "e"/"i"/"ul" in another transliteration as that name, and two such names listed as two', () => {
    expect(actorsOf('Jaish-i-Muhammad and Lashkar-i-Tayyaba attacked the militants of Tehreek-i-Taliban Pakistan.')).toEqual([
      'Jaish-i-Muhammad=jem', 'Lashkar-i-Tayyaba=let', 'Tehreek-i-Taliban Pakistan=ttp',
    ]);
    expect(actorsOf('Jaish-e-Mohammed and Lashkar-e-Taiba attacked.')).toEqual(['Jaish-e-Mohammed=jem', 'Lashkar-e-Taiba=let']);
    // English names share consonants: only names joined in lower case are read this way ("US Armed Forces" is no
    // joined name, so "the Armed Forces" are not the US military).
    expect(actorsOf('The Armed Forces and the Air Force met.').filter((m) => m.endsWith('=us-military'))).toEqual([]);
  });

  it('matches a known name written with a middle initial the gazetteer lacks, and only a person\'s', () => {
    expect(actorsOf('Secretary Antony J. Blinken spoke today with Qureshi.', '2021-06-25')).toContain('Antony J. Blinken=antony-blinken');
    expect(actorsOf('Antony J. Blinken met Imran K. Pakistan.', '2021-06-25')).not.toContain('Imran K. Pakistan=pakistan');
  });

  it('reads a titled surname as the one known person of that surname ("General McKenzie")', () => {
    expect(actorsOf('General McKenzie briefed reporters.', '2021-08-28')).toEqual(['McKenzie=kenneth-mckenzie']);
  });

  it('finds a known person inside a title-case headline instead of one long organisation', () => {
    expect(actorsOf('Statement by President Joe Biden on the Evacuation Mission in Kabul', '2021-08-28')).toContain('Joe Biden=joe-biden');
  });

  it('ends a body at a known person after it ("Council for X Chairman Y of Z"), not its name at the person', () => {
    const mentions = actorsOf('Biden met High Council for National Reconciliation Chairman Abdullah Abdullah of Afghanistan.', '2021-06-25');
    expect(mentions).toContain('High Council for National Reconciliation=d-high-council-for-national-reconciliation');
    expect(mentions).toContain('Abdullah Abdullah=abdullah-abdullah');
  });

  it('ends what stands before a title inside a run of capitals: "Pentagon Press Secretary Air Force Brig. Gen. X" is no body of that name', () => {
    const mentions = actorsOf('Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout.', '2023-03-21');
    expect(mentions).toContain('Pentagon=us-dod');
    expect(mentions.filter((m) => m.includes('Press Secretary'))).toEqual([]);
  });

  it('keeps an apostrophe inside a titled name ("Dr Ibrahim Al-Ja’afari"), not a fragment before it', () => {
    expect(actorsOf('Minister Julie Bishop met Dr Ibrahim Al-Ja’afari in Canberra.', '2016-02-12')).toContain('Ibrahim Al-Ja’afari=d-ibrahim-al-ja-afari');
  });

  it('reads a titled surname as the person this document introduced by full name ("Mr Ellwood"), not a new one', () => {
    expect(actorsOf('Minister Tobias Ellwood visited Turkey. In Uzbekistan, Mr Ellwood met officials.', '2016-04-06')).toEqual([
      'Tobias Ellwood=d-tobias-ellwood', 'Turkey=turkey', 'Uzbekistan=uzbekistan', 'Ellwood=d-tobias-ellwood',
    ]);
  });

  it('reads a bare surname as the person this document named in full with it, not the gazetteer\'s other holder', () => {
    const x = run('Foreign Minister Bilawal Bhutto Zardari arrived in Kabul. Zardari later met the Taliban.');
    expect(x.mentions.filter((m) => m.text === 'Zardari').map((m) => m.actor)).toEqual(['bilawal-bhutto-zardari']);
    expect(run('Zardari met the Taliban.').mentions.find((m) => m.text === 'Zardari')?.actor).toBe('asif-ali-zardari');
  });

  it('reads a text that ends in a capitalised stop word ("… A")', () => {
    expect(actorsOf('The Taliban met Pakistani officials. A')).toEqual(['Taliban=taliban', 'Pakistani=pakistan']);
    expect(actorsOf('Talks with the Taliban were held by Chairman Of')).toContain('Taliban=taliban');
  });

  it('prefers the longest alias (ISIS-K over ISIS)', () => {
    expect(actorsOf('ISIS-K and ISIS and IS-K and ISKP')).toEqual(['ISIS-K=iskp', 'ISIS=islamic-state', 'IS-K=iskp', 'ISKP=iskp']);
  });

  it('gives offsets into the original text, whatever the normalisation', () => {
    const text = 'The\u00A0Taliban\u2019s spokesman\u00AD said Pakistan\u2019s ISI had \u201Cno\u201D role.';
    const x = run(text);
    expect(x.mentions.length).toBeGreaterThan(2);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('discovered actors', () => {
  it('keeps unknown titled people as discovered persons with d- ids', () => {
    const x = run('Brigadier General Tariq Hassan Wazir met the Taliban in Doha.');
    const a = x.actors.find((y) => y.id === 'd-tariq-hassan-wazir');
    expect(a).toMatchObject({ type: 'person', discovered: true, name: 'Tariq Hassan Wazir' });
  });

  it('reads the titles of other services as titles, not as part of the name ("High Representative", "Deputy Secretary")', () => {
    const ids = run('High Representative Josep Borrell and Deputy Secretary Wendy Sherman met the Taliban in Doha.').actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['d-josep-borrell', 'd-wendy-sherman']));
    expect(ids.filter((id) => id.includes('representative') || id.includes('secretary'))).toEqual([]);
  });

  it('keeps unknown capitalised organisations, with their acronym for later mentions', () => {
    const x = run('The Kandahar Policy Institute (KPI) criticized Pakistan. Later KPI praised Iran.');
    expect(x.actors.find((a) => a.id === 'd-kandahar-policy-institute')).toMatchObject({ type: 'organization', discovered: true });
    expect(x.mentions.filter((m) => m.actor === 'd-kandahar-policy-institute').map((m) => m.text)).toEqual(['Kandahar Policy Institute', 'KPI', 'KPI']);
  });

  it('finds a name its head opens ("Board of Inquiry", "Council of Elders"), but no new body inside a state\'s name', () => {
    expect(actorsOf("Pakistan welcomed the Board of Inquiry's report.")).toEqual(['Pakistan=pakistan', 'Board of Inquiry=d-board-of-inquiry']);
    expect(actorsOf('The Council of Elders met the Taliban.')).toEqual(['Council of Elders=d-council-of-elders', 'Taliban=taliban']);
    expect(actorsOf('The Council of Ministers of Iraq met.')).toEqual(['Iraq=iraq']);
    expect(actorsOf('The Ministry of Interior said so.')).toEqual([]);
  });

  it('reads "X and the Y" as two bodies, never one name running over the list', () => {
    const x = run('The Afghanistan Reconciliation Council and the Kunar Provincial Council condemned ISKP.');
    expect(x.actors.filter((a) => a.discovered).map((a) => a.id).sort()).toEqual(['d-afghanistan-reconciliation-council', 'd-kunar-provincial-council']);
  });

  it('resolves later surname-only references to a person named in full', () => {
    const x = run('Envoy Karim Durrani arrived. Durrani later met Iranian officials.');
    expect(x.mentions.filter((m) => m.actor === 'd-karim-durrani').map((m) => m.text)).toEqual(['Karim Durrani', 'Durrani']);
  });
});

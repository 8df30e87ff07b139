// Display names from Phoenix dictionary phrases: upper case with underscores ("HAMID_KARZAI_",
// "ISLAMIC_REPUBLIC_OF_AFGHANISTAN", "MAZAR-I-SHARIF_", "U.S._STATE_DEPARTMENT") → "Hamid Karzai",
// "Islamic Republic of Afghanistan", "Mazar-i-Sharif", "U.S. State Department". Pure.
//
// Rules (in order, per word): a word already in mixed case is kept; a word with a digit ("F-16") or
// made of single letters with dots ("U.S.", "D.C.") is kept upper case; a known acronym ("NATO",
// "ISI", "UN"), a word without vowels ("PKK", "DRC") or a single-word name that spells the initials
// of another name of the same entry ("ANSF" beside "Afghan National Security Forces") is upper
// case; Roman numerals ("Abdullah II") are upper case; the particles of/the/and/de/al/bin/... are
// lower case inside a name (never first); "Mc" and "O'" names are capitalised inside; everything
// else is Title case. Parts of hyphenated words are treated alike ("al-Zarqawi", "Mazar-i-Sharif").

const KNOWN_ACRONYMS = new Set([
  'UN', 'UNO', 'EU', 'NATO', 'ASEAN', 'OPEC', 'IAEA', 'WHO', 'ICC', 'ICJ', 'IMF', 'WTO', 'UNICEF', 'UNHCR', 'UNESCO', 'UNDP', 'UNSC',
  'UNAMA', 'UNSG', 'OSCE', 'OAS', 'ECOWAS', 'SADC', 'GCC', 'SCO', 'BRICS', 'OIC', 'APEC', 'NAFTA', 'CIS', 'CSTO', 'ICRC', 'IOM',
  'WFP', 'FAO', 'ILO', 'CIA', 'FBI', 'NSA', 'DIA', 'KGB', 'FSB', 'GRU', 'SVR', 'ISI', 'NDS', 'MI5', 'MI6', 'DOD', 'DHS', 'USAID',
  'ISIS', 'ISIL', 'ISKP', 'TTP', 'PKK', 'YPG', 'SDF', 'FSA', 'LTTE', 'FARC', 'ELN', 'PLO', 'ANC', 'MQM', 'PPP', 'BJP',
  'AQAP', 'AQIM', 'AQI', 'HTS', 'JNIM', 'IRGC', 'KRG', 'PUK', 'KDP', 'USA', 'US', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK',
  'USSR', 'ANSF', 'NGO', 'IGO', 'MNC', 'CENTCOM', 'AFRICOM', 'EUCOM', 'PACOM', 'SOCOM', 'NORTHCOM', 'SOUTHCOM',
  'DARPA', 'SCOTUS', 'WMD', 'IED', 'BBC', 'CNN', 'AFP',
]);

/** Abbreviations written in capitals in the dictionary but in title case in text ("ST. KITTS" → "St. Kitts"). */
const TITLE_ABBREVIATIONS = new Set(['ST', 'MT', 'FT', 'DR', 'MR', 'MRS', 'MS', 'JR', 'SR', 'LT', 'GEN', 'COL', 'SGT', 'CPT', 'CAPT', 'GOV', 'SEN', 'REP', 'SHRI']);

const PARTICLES = new Set([
  'of', 'the', 'and', 'for', 'de', 'du', 'des', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'y', 'e',
  'i', 'al', 'el', 'ul', 'ud', 'bin', 'ibn', 'on', 'in', 'at', 'to', 'a', 'di', 'del', 'della',
]);

const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

function title(word: string): string {
  if (word === '') return word;
  if (/^MC[A-Z]{2,}$/.test(word)) return `Mc${word[2]}${word.slice(3).toLowerCase()}`;
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/** Splits a dictionary phrase into words: underscores and blanks separate, a trailing underscore ends it. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/_+$/, '').split(/[_\s]+/).filter((w) => w !== '');
}

function initials(words: readonly string[], skipParticles: boolean, keepFirst = false): string {
  return words
    .filter((w, i) => !(skipParticles && PARTICLES.has(w.toLowerCase()) && !(keepFirst && i === 0)))
    .map((w) => w.replace(/[^A-Za-z]/g, '')[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Single-word names that spell the initials of one of `otherNames` (their words): acronyms of the entry. */
export function acronymsOf(otherNames: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const name of otherNames) {
    // Hyphenated words count as several ("JAISH-E-MOHAMMAD" → JEM).
    const words = name.flatMap((w) => w.split('-')).filter((w) => w !== '');
    if (words.length < 2) continue;
    out.add(initials(words, false));
    out.add(initials(words, true));
    out.add(initials(words, true, true)); // "Al Qaeda in Iraq" → AQI
  }
  return out;
}

function casePart(part: string, position: 'first' | 'inner' | 'last', isAcronym: boolean): string {
  if (part === '') return part;
  if (/[a-z]/.test(part)) return part; // already mixed case
  if (/\d/.test(part)) return part;
  const letters = part.replace(/\./g, '');
  if (TITLE_ABBREVIATIONS.has(letters)) return title(part);
  if (isAcronym || KNOWN_ACRONYMS.has(part) || ROMAN.test(part)) return part;
  if (/^(?:[A-Z]\.)+[A-Z]?\.?$/.test(part)) return part; // U.S., D.C., K.
  if (/^[A-Z]$/.test(part)) return position === 'inner' && PARTICLES.has(part.toLowerCase()) ? part.toLowerCase() : part;
  if (part.length >= 2 && !/[AEIOUY]/.test(part.replace(/[^A-Z]/g, '')) && /[A-Z]{2,}/.test(part)) return part; // PKK, DRC
  const lower = part.toLowerCase();
  if (position === 'inner' && PARTICLES.has(lower)) return lower;
  if (part.includes("'")) {
    const [before = '', ...rest] = part.split("'");
    const after = rest.join("'");
    const head = before === '' ? '' : before.length === 1 && position !== 'first' && before === 'D' ? 'd' : title(before);
    return `${head}'${after.length === 1 && after === 'S' ? 's' : title(after)}`;
  }
  return title(part);
}

/** The display form of one dictionary phrase, given the acronyms of its entry. */
export function displayName(phrase: string, acronyms: ReadonlySet<string> = new Set()): string {
  const words = phraseWords(phrase.replace(/,_*THE_*$/i, '')); // "ORDER,_THE" → "Order"
  const single = words.length === 1;
  if (words.length > 1 && words.every((w) => /^[A-Z]\.?$/.test(w))) return words.join(' '); // "U S A"
  return words
    .map((word, wordIndex) => {
      const bare = word.replace(/[()]/g, '');
      const inParens = word.startsWith('(') || word.endsWith(')');
      const wholeIsAcronym = (single && acronyms.has(bare)) || (inParens && bare.length <= 6 && /^[A-Z]+$/.test(bare));
      const parts = word.split('-');
      return parts
        .map((part, partIndex) => {
          const lead = part.match(/^\(*/)?.[0] ?? '';
          const tail = part.match(/\)*$/)?.[0] ?? '';
          const core = part.slice(lead.length, part.length - tail.length);
          const position = wordIndex === 0 && partIndex === 0 ? 'first'
            : wordIndex === words.length - 1 && partIndex === parts.length - 1 ? 'last' : 'inner';
          return lead + casePart(core, position, wholeIsAcronym) + tail;
        })
        .join('-');
    })
    .join(' ');
}

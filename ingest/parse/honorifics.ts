// Honorifics of initials ("H.E. Mr. Antony J. Blinken", "H.H. Sheikh Tamim"): the parser's splitter
// ends a sentence at their last period when another abbreviation follows, and the meeting before the
// name is lost ("met H.E. Mr. Xi Jinping" became "met H.E." and a sentence "Mr. Xi Jinping …"). They
// never end a sentence, so the text sent to the parser has that period as a space: same length, every
// offset the server returns still points into the original text. Pure.
const HONORIFIC = /(?<![\p{L}.])(H\.E|H\.H|H\.M|H\.R\.H)\.(?=\s+\p{Lu})/gu;

export function parserSafeHonorifics(text: string): string {
  return text.replace(HONORIFIC, '$1 ');
}

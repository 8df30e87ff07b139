// Transcripts name who speaks at the start of a line: "PRESIDENT GHANI: Well, thank you …",
// "THE PRESIDENT: Good afternoon.", "Q  Mr. President …". A turn runs to the next label; inside it
// "I" is the speaker. Pure.

export interface SpeakerTurn {
  /** Offset of the label; the turn runs from here to `end`. */
  start: number;
  end: number;
  /** The label as written, without its colon ("PRESIDENT GHANI", "THE PRESIDENT", "Q"). */
  label: string;
}

// Upper-case words at a line start, then a colon (or, for the press, a bare "Q" and two spaces).
const LABEL = /^[ \t]*((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,4}):[ \t]|^[ \t]*(Q)(?:[ \t]{2,}|:[ \t])/gm;

export function findSpeakerTurns(text: string): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = (m[1] ?? m[2]) as string;
    // One capital letter besides the press's "Q" is an initial or a list marker ("A: …"), not a speaker.
    if (label.replace(/[^A-Z]/g, '').length < 2 && label !== 'Q') continue;
    const prev = turns[turns.length - 1];
    if (prev) prev.end = m.index;
    turns.push({ start: m.index, end: text.length, label });
  }
  return turns;
}

// A name in capitals alone on the last line: the signature of a letter, proclamation or order
// ("Sincerely, JOSEPH R. BIDEN JR."), whose "I" is the signer.
const SIGNATURE = /^[ \t]*([A-Z][A-Z.'’-]*(?:,? [A-Z][A-Z.'’-]*){1,5})[ \t]*$/;

/** The signer's name in capitals, from the text's last non-blank line, or null. */
export function signatureOf(text: string): string | null {
  const last = text.trimEnd().split('\n').pop() ?? '';
  const m = SIGNATURE.exec(last);
  return m && (m[1] as string).replace(/[^A-Z]/g, '').length >= 4 ? (m[1] as string) : null;
}

/** "PRESIDENT GHANI" → "President Ghani", so the mention layer reads the title and the surname. */
export function labelAsName(label: string): string {
  return label
    .split(' ')
    .map((w) => (w.length > 1 ? `${w[0]}${w.slice(1).toLowerCase()}` : w))
    .join(' ');
}

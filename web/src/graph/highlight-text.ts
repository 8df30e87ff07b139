// Splits a text into plain and marked segments from [start, end) ranges (mentions, trigger words),
// so a sentence or a whole document renders with its evidence highlighted. Pure.
export interface Mark {
  start: number;
  end: number;
  kind: string;
  title?: string;
}

export interface Segment {
  text: string;
  start: number;
  mark: Mark | null;
}

/** Overlapping ranges: the earlier-starting (then longer) one wins; the rest are clipped. */
export function segmentText(text: string, marks: readonly Mark[], offset = 0): Segment[] {
  const sorted = marks
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
    .filter((m) => m.end > 0 && m.start < text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let pos = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, pos, 0);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > pos) segments.push({ text: text.slice(pos, start), start: pos + offset, mark: null });
    segments.push({ text: text.slice(start, end), start: start + offset, mark: { ...m, start: start + offset, end: end + offset } });
    pos = end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), start: pos + offset, mark: null });
  return segments;
}

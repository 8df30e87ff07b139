import type { Mark } from '../graph/highlight-text';
import { segmentText } from '../graph/highlight-text';

export function MarkedText({ text, marks, offset = 0 }: { text: string; marks: Mark[]; offset?: number }) {
  return (
    <>
      {segmentText(text, marks, offset).map((s) =>
        s.mark ? <mark key={s.start} className={`m-${s.mark.kind}`} title={s.mark.title} data-start={s.start}>{s.text}</mark> : <span key={s.start}>{s.text}</span>,
      )}
    </>
  );
}

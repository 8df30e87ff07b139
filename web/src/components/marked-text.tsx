// Text with marked spans (actors, triggers), and a claim's sentence with its two actors and trigger marked.
import type { ClaimEvidence } from '../../../shared/api';
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

type SentenceClaim = Pick<ClaimEvidence, 'sentence' | 'sentenceStart' | 'sourceStart' | 'sourceEnd' | 'sourceName' | 'targetStart' | 'targetEnd' | 'targetName' | 'triggerStart' | 'triggerEnd' | 'trigger'>;

export function ClaimSentence({ claim: c }: { claim: SentenceClaim }) {
  return (
    <MarkedText text={c.sentence} offset={c.sentenceStart} marks={[
      { start: c.sourceStart, end: c.sourceEnd, kind: 'actor', title: c.sourceName },
      { start: c.targetStart, end: c.targetEnd, kind: 'actor', title: c.targetName },
      { start: c.triggerStart, end: c.triggerEnd, kind: 'trigger', title: `trigger: ${c.trigger}` },
    ]} />
  );
}

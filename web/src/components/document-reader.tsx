// Document reader (modal): the full text with actor mentions and relation trigger words highlighted;
// the claim it was opened from is outlined and scrolled into view.
import { useEffect, useRef } from 'react';
import type { DocumentDetail } from '../../../shared/api';
import { api } from '../api/client';
import { useAsync } from '../api/use-async';
import type { Mark } from '../graph/highlight-text';
import { relationLabel } from '../graph/palette';
import { AsyncBlock } from './async-block';
import { MarkedText } from './marked-text';

export function DocumentReader({ id, claimId, onClose }: { id: string; claimId: string | null; onClose: () => void }) {
  const doc = useAsync((s) => api.document(id, s), id);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  useEffect(() => {
    if (doc.status === 'ready') dialog.current?.querySelector('.current-claim')?.scrollIntoView({ block: 'center' });
  }, [doc.status, claimId]);
  return (
    <dialog ref={dialog} className="reader" data-testid="document-reader" onClose={onClose} onCancel={onClose} aria-label="Document">
      <header>
        <h2>{doc.data?.title ?? id}</h2>
        <button type="button" onClick={onClose} aria-label="Close document">✕</button>
      </header>
      <AsyncBlock state={doc} what="document">
        {(d) => <DocumentBody doc={d} claimId={claimId} />}
      </AsyncBlock>
    </dialog>
  );
}

function DocumentBody({ doc, claimId }: { doc: DocumentDetail; claimId: string | null }) {
  const marks: Mark[] = [
    ...doc.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'actor', title: `${m.name} (${m.type})` })),
    ...doc.claims.map((c) => ({ start: c.triggerStart, end: c.triggerEnd, kind: 'trigger', title: `${c.sourceName} ${relationLabel(c.type)} ${c.targetName}${c.negated ? ' (negated)' : ''}` })),
  ];
  const claim = doc.claims.find((c) => c.claimId === claimId);
  const meta = [doc.publisher, doc.author, doc.published, `${doc.claimCount} claims`, doc.status !== 'done' ? doc.status : null].filter(Boolean).join(' · ');
  const text = doc.text;
  const parts = claim
    ? [
      { from: 0, to: claim.sentenceStart, cls: '' },
      { from: claim.sentenceStart, to: claim.sentenceEnd, cls: 'current-claim' },
      { from: claim.sentenceEnd, to: text.length, cls: '' },
    ]
    : [{ from: 0, to: text.length, cls: '' }];
  return (
    <>
      <p className="muted">{meta}{doc.url && <> · <a href={doc.url} target="_blank" rel="noreferrer">original</a></>}</p>
      <div className="doc-text" data-testid="document-text">
        {parts.map((p) => (
          <span key={p.from} className={p.cls}>
            <MarkedText text={text.slice(p.from, p.to)} offset={p.from} marks={marks} />
          </span>
        ))}
      </div>
    </>
  );
}

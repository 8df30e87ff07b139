// Document reader (modal): the full text with actor mentions and relation trigger words highlighted;
// the claim it was opened from is outlined and scrolled into view. The document can be deleted here
// (with its claims; the API token is asked for if it is not set).
import { useEffect, useRef, useState } from 'react';
import type { DocumentDeleteResponse, DocumentDetail } from '../../../shared/api';
import { api, describeError } from '../api/client';
import { useAsync } from '../api/use-async';
import type { Mark } from '../graph/highlight-text';
import { relationLabel } from '../graph/palette';
import { AsyncBlock } from './async-block';
import { MarkedText } from './marked-text';

export interface DocumentReaderProps {
  id: string;
  claimId: string | null;
  onClose: () => void;
  /** After the document was deleted. */
  onDeleted?: (result: DocumentDeleteResponse) => void;
}

export function DocumentReader({ id, claimId, onClose, onDeleted }: DocumentReaderProps) {
  const doc = useAsync((s) => api.document(id, s), id);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async () => {
    const d = doc.data;
    const what = d ? `“${d.title ?? d.id}” and its ${d.claimCount} claim${d.claimCount === 1 ? '' : 's'}` : `document ${id}`;
    if (!window.confirm(`Delete ${what}? This cannot be undone.`)) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      const result = await api.deleteDocument(id);
      onDeleted?.(result);
    } catch (error) {
      setDeleteError(describeError(error));
    } finally {
      setDeleting(false);
    }
  };
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
        {onDeleted && doc.status === 'ready' && (
          <button type="button" className="danger" data-testid="delete-document" disabled={deleting} onClick={() => void remove()}>
            {deleting ? 'Deleting…' : 'Delete'}
          </button>
        )}
        <button type="button" onClick={onClose} aria-label="Close document">✕</button>
      </header>
      {deleteError && <p className="notice error" role="alert">{deleteError}</p>}
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

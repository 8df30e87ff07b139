// Evidence of one edge: every claim with its quoted sentence (trigger and actors marked), source,
// year, modality, and a link that opens the document in the reader.
import type { GraphEdge } from '../../../shared/api';
import { api } from '../api/client';
import { useAsync } from '../api/use-async';
import { relationColor, relationLabel } from '../graph/palette';
import { filterParams } from '../state/api-params';
import type { ViewState } from '../state/view-state';
import { AsyncBlock } from './async-block';
import { ClaimSentence } from './marked-text';
import { ClaimReviewControls } from './claim-review-controls';

export interface EdgeDetailsProps {
  edge: GraphEdge['data'];
  names: (id: string) => string;
  view: ViewState;
  openDocument: (doc: string, claim: string) => void;
  /** A claim was reviewed: the graph loads again (a rejected claim leaves it). */
  onReviewed?: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function EdgeDetails({ edge, names, view, openDocument, onReviewed }: EdgeDetailsProps) {
  const params = { ...filterParams(view), source: edge.source, target: edge.target, type: edge.type, limit: '200' };
  const claims = useAsync((s) => api.claims(params, s), JSON.stringify(params));
  return (
    <div className="edge-details" data-testid="edge-details">
      <h3>
        {names(edge.source)} <span className="rel" style={{ background: relationColor(edge.type) }}>{relationLabel(edge.type)}</span> {names(edge.target)}
      </h3>
      <p className="muted">
        {edge.count} claim{edge.count === 1 ? '' : 's'} · {edge.documentCount} document{edge.documentCount === 1 ? '' : 's'}
        {edge.years.length > 0 && ` · ${edge.years.join(', ')}`}
        {edge.negatedCount > 0 && ` · ${edge.negatedCount} negated`}
        {edge.assertedDocumentCount !== undefined && (
          <span data-testid="edge-support">
            {' · '}asserted by {plural(edge.assertedDocumentCount, 'document')} ({plural(edge.assertedPublisherCount ?? 0, 'publisher')})
            {(edge.negatedDocumentCount ?? 0) > 0 && `, denied by ${plural(edge.negatedDocumentCount ?? 0, 'document')}`}
          </span>
        )}
        {edge.contested && <span className="badge contested"> contested</span>}
      </p>
      <AsyncBlock state={claims} what="claims">
        {(r) => r.claims.length === 0 ? <p className="muted">No claims under the current filters.</p> : (
          <ol className="claims">
            {r.claims.map((c) => (
              <li key={c.claimId} className={`claim${c.rejected ? ' rejected' : ''}`} data-testid="claim" data-claim={c.claimId}>
                <blockquote data-testid="claim-sentence">
                  <ClaimSentence claim={c} />
                </blockquote>
                <div className="claim-meta">
                  <span title={`year rule: ${c.yearRule}`}>{c.year ?? 'undated'}</span>
                  <span className={`badge m-${c.modality}`}>{c.modality}</span>
                  {c.negated && <span className="badge negated">negated</span>}
                  <span title="extraction confidence">{Math.round(c.confidence * 100)}%</span>
                  <span className="ellipsis" title={c.doc}>{c.docTitle ?? c.doc}{c.publisher ? ` · ${c.publisher}` : ''}{c.published ? ` · ${c.published}` : ''}</span>
                  <button type="button" className="link" data-testid="open-document" onClick={() => openDocument(c.doc, c.claimId)}>Open document ↗</button>
                </div>
                <ClaimReviewControls claim={c} onReviewed={() => {
                  claims.reload();
                  onReviewed?.();
                }} />
              </li>
            ))}
          </ol>
        )}
      </AsyncBlock>
    </div>
  );
}

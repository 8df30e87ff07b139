// The review queue: unreviewed claims under the graph's filters, lowest extraction confidence first,
// worked from the keyboard (n / j next, p / k previous, c confirm, r reject, o open document); and
// the discovered actors by number of claims, to promote, merge into a known actor, or dismiss.
import { useEffect, useState } from 'react';
import type { ClaimEvidence } from '../../../shared/api';
import type { DiscoveredActor } from '../../../shared/review';
import { ACTOR_TYPES, type ActorType } from '../../../shared/vocabulary';
import { api, describeError } from '../api/client';
import { useAsync } from '../api/use-async';
import { relationColor, relationLabel } from '../graph/palette';
import { filterParams } from '../state/api-params';
import type { ViewState } from '../state/view-state';
import { ActorSearch } from './actor-search';
import { AsyncBlock } from './async-block';
import { ClaimReviewControls } from './claim-review-controls';
import { ClaimSentence } from './marked-text';
import './review.css';

export interface ReviewQueueProps {
  view: ViewState;
  openDocument: (doc: string, claim: string) => void;
  /** Something was reviewed or decided: the graph loads again. */
  onReviewed: () => void;
}

const QUEUE_SIZE = '50';

export function ReviewQueue({ view, openDocument, onReviewed }: ReviewQueueProps) {
  const [tab, setTab] = useState<'claims' | 'actors'>('claims');
  return (
    <div className="review-queue" data-testid="review-queue">
      <nav className="subtabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'claims'} className={tab === 'claims' ? 'on' : ''} data-testid="review-tab-claims" onClick={() => setTab('claims')}>Claims</button>
        <button type="button" role="tab" aria-selected={tab === 'actors'} className={tab === 'actors' ? 'on' : ''} data-testid="review-tab-actors" onClick={() => setTab('actors')}>Actors</button>
      </nav>
      {tab === 'claims' ? <ClaimQueue view={view} openDocument={openDocument} onReviewed={onReviewed} /> : <ActorQueue onReviewed={onReviewed} />}
    </div>
  );
}

function ClaimQueue({ view, openDocument, onReviewed }: ReviewQueueProps) {
  const params = { ...filterParams(view), includeNegated: 'true', review: 'unreviewed', order: 'confidence', limit: QUEUE_SIZE };
  const [nonce, setNonce] = useState(0);
  const queue = useAsync((s) => api.claims(params, s), `${JSON.stringify(params)}#${nonce}`);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const claims = queue.data?.claims ?? [];
  const current: ClaimEvidence | undefined = claims[Math.min(index, claims.length - 1)];

  const reviewed = () => {
    setNonce((n) => n + 1);
    onReviewed();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (typing || e.ctrlKey || e.metaKey || e.altKey || !current || view.doc) return;
      const verdict = e.key === 'c' ? 'confirmed' : e.key === 'r' ? 'rejected' : null;
      if (verdict) {
        e.preventDefault();
        setError(null);
        api.reviewClaim(current.claimId, { verdict }).then(reviewed, (err: unknown) => setError(describeError(err)));
      } else if (e.key === 'n' || e.key === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        setIndex((i) => Math.min(i + 1, claims.length - 1));
      } else if (e.key === 'p' || e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        setIndex((i) => Math.max(i - 1, 0));
      } else if (e.key === 'o') {
        e.preventDefault();
        openDocument(current.doc, current.claimId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <AsyncBlock state={queue} what="review queue">
      {(r) => r.claims.length === 0 ? <p className="muted" data-testid="review-queue-empty">No unreviewed claims under the current filters.</p> : (
        <>
          <p className="muted">
            {r.total} unreviewed claim{r.total === 1 ? '' : 's'} under the graph's filters, lowest confidence first.
            Keys: <kbd>n</kbd> next · <kbd>p</kbd> previous · <kbd>c</kbd> confirm · <kbd>r</kbd> reject · <kbd>o</kbd> open document.
          </p>
          {error && <div className="notice error" role="alert">{error}</div>}
          <ol className="claims queue">
            {r.claims.map((c, i) => (
              <li key={c.claimId} className={`claim${c === current ? ' current' : ''}`} data-testid="queue-claim" data-claim={c.claimId} aria-current={c === current}
                onClick={() => setIndex(i)}>
                <div className="claim-meta">
                  <b>{c.sourceName}</b>
                  <span className="rel" style={{ background: relationColor(c.type) }}>{relationLabel(c.type)}</span>
                  <b>{c.targetName}</b>
                  <span title="extraction confidence">{Math.round(c.confidence * 100)}%</span>
                  <span>{c.year ?? 'undated'}</span>
                  {c.negated && <span className="badge negated">negated</span>}
                </div>
                <blockquote>
                  <ClaimSentence claim={c} />
                </blockquote>
                {c === current && (
                  <>
                    <ClaimReviewControls claim={c} onReviewed={reviewed} />
                    <button type="button" className="link" onClick={() => openDocument(c.doc, c.claimId)}>Open document ↗ (o)</button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </AsyncBlock>
  );
}

function ActorQueue({ onReviewed }: { onReviewed: () => void }) {
  const [nonce, setNonce] = useState(0);
  const actors = useAsync((s) => api.discoveredActors(s), String(nonce));
  const [error, setError] = useState<string | null>(null);
  const decide = (write: () => Promise<unknown>) => {
    setError(null);
    write().then(() => {
      setNonce((n) => n + 1);
      onReviewed();
    }, (err: unknown) => setError(describeError(err)));
  };
  return (
    <AsyncBlock state={actors} what="discovered actors">
      {(r) => (
        <>
          <p className="muted">Actors found in the text but not in the gazetteer, by number of claims. Decisions also apply to every later extraction.</p>
          {error && <div className="notice error" role="alert">{error}</div>}
          {r.actors.length === 0 ? <p className="muted">No discovered actors.</p> : (
            <ul className="discovered-actors">
              {r.actors.map((a) => <DiscoveredActorRow key={a.id} actor={a} decide={decide} />)}
            </ul>
          )}
        </>
      )}
    </AsyncBlock>
  );
}

function DiscoveredActorRow({ actor, decide }: { actor: DiscoveredActor; decide: (write: () => Promise<unknown>) => void }) {
  const [type, setType] = useState<ActorType>(actor.type === 'unknown' ? 'organization' : actor.type);
  const [merging, setMerging] = useState(false);
  return (
    <li data-testid="discovered-actor" data-actor={actor.id}>
      <b>{actor.name}</b> <span className="muted">{actor.claims} claim{actor.claims === 1 ? '' : 's'} · {actor.documents} document{actor.documents === 1 ? '' : 's'}</span>
      <div className="review-buttons">
        <select value={type} aria-label={`Type of ${actor.name}`} onChange={(e) => setType(e.target.value as ActorType)}>
          {ACTOR_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <button type="button" onClick={() => decide(() => api.promoteActor(actor.id, { type }))}>Promote</button>
        <button type="button" onClick={() => setMerging((m) => !m)}>Merge into…</button>
        <button type="button" onClick={() => decide(() => api.dismissActor(actor.id))}>Dismiss</button>
      </div>
      {merging && (
        <ActorSearch label={`Merge ${actor.name} into`} placeholder="Actor to merge into…" testId={`merge-into-${actor.id}`}
          onChoose={(into) => decide(() => api.mergeActor(actor.id, into.id))} />
      )}
    </li>
  );
}

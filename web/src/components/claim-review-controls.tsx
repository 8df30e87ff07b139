// An analyst's judgement of one claim: confirm, reject, or correct (type, direction, year, negation,
// modality) with a note; the current review with its reviewer; undo. Writes need the API token.
import { useState } from 'react';
import type { ClaimEvidence } from '../../../shared/api';
import type { ClaimCorrection, ClaimReviewBody } from '../../../shared/review';
import { MODALITIES, RELATION_TYPES, type Modality, type RelationType } from '../../../shared/vocabulary';
import { api, describeError } from '../api/client';
import { relationLabel } from '../graph/palette';
import './review.css';

export interface ClaimReviewControlsProps {
  claim: ClaimEvidence;
  /** After a review was written or taken back: the graph and the evidence load again. */
  onReviewed: (claim: ClaimEvidence) => void;
}

const VERDICT_LABEL = { confirmed: 'Confirmed', rejected: 'Rejected', corrected: 'Corrected' } as const;

export function ClaimReviewControls({ claim, onReviewed }: ClaimReviewControlsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);

  const send = async (write: () => Promise<ClaimEvidence>) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await write();
      setCorrecting(false);
      onReviewed(updated);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const review = (body: ClaimReviewBody) => send(() => api.reviewClaim(claim.claimId, body));
  const r = claim.review;

  return (
    <div className="review-controls" data-testid="review-controls">
      {r && (
        <span className={`badge review-${r.verdict}`} data-testid="review-state" title={`${r.reviewer} · ${new Date(r.at).toLocaleString()}${r.note ? ` · ${r.note}` : ''}`}>
          {VERDICT_LABEL[r.verdict]} by {r.reviewer}
        </span>
      )}
      {claim.keptByReview && <span className="badge" title="The current extraction no longer finds this claim; the review keeps it.">kept by review</span>}
      {claim.extracted && (
        <span className="muted" data-testid="review-extracted">
          extracted as {claim.extracted.source} {relationLabel(claim.extracted.type)} {claim.extracted.target}
          {claim.extracted.year !== claim.year ? ` (${claim.extracted.year ?? 'undated'})` : ''}
        </span>
      )}
      <span className="review-buttons">
        <button type="button" disabled={busy || r?.verdict === 'confirmed'} data-testid="review-confirm" title="Confirm (c in the review queue)"
          onClick={() => review({ verdict: 'confirmed' })}>✓ Confirm</button>
        <button type="button" disabled={busy || r?.verdict === 'rejected'} data-testid="review-reject" title="Reject: the claim leaves the graph (r in the review queue)"
          onClick={() => review({ verdict: 'rejected' })}>✗ Reject</button>
        <button type="button" disabled={busy} data-testid="review-correct" onClick={() => setCorrecting((c) => !c)}>✎ Correct…</button>
        {r && <button type="button" className="link" disabled={busy} data-testid="review-undo" onClick={() => send(() => api.unreviewClaim(claim.claimId))}>Undo review</button>}
      </span>
      {correcting && <CorrectionForm claim={claim} busy={busy} onSubmit={(correction, note) => review({ verdict: 'corrected', correction, ...(note ? { note } : {}) })} />}
      {error && <div className="notice error" role="alert">{error}</div>}
    </div>
  );
}

function CorrectionForm({ claim, busy, onSubmit }: { claim: ClaimEvidence; busy: boolean; onSubmit: (c: ClaimCorrection, note: string) => void }) {
  const [type, setType] = useState<RelationType>(claim.type);
  const [swap, setSwap] = useState(false);
  const [year, setYear] = useState(claim.year === null ? '' : String(claim.year));
  const [negated, setNegated] = useState(claim.negated);
  const [modality, setModality] = useState<Modality>(claim.modality);
  const [note, setNote] = useState('');
  const submit = () => {
    const c: ClaimCorrection = {};
    if (type !== claim.type) c.type = type;
    if (swap) Object.assign(c, { source: claim.target, target: claim.source });
    const y = year.trim() === '' ? null : Number(year);
    if (y !== claim.year) c.year = y;
    if (negated !== claim.negated) c.negated = negated;
    if (modality !== claim.modality) c.modality = modality;
    onSubmit(c, note.trim());
  };
  return (
    <form className="correction-form" data-testid="correction-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label>Type <select value={type} onChange={(e) => setType(e.target.value as RelationType)} data-testid="correction-type">
        {RELATION_TYPES.map((t) => <option key={t} value={t}>{relationLabel(t)}</option>)}
      </select></label>
      <label><input type="checkbox" checked={swap} onChange={(e) => setSwap(e.target.checked)} /> Swap direction ({claim.targetName} → {claim.sourceName})</label>
      <label>Year <input type="number" min={1900} max={2100} value={year} onChange={(e) => setYear(e.target.value)} placeholder="undated" /></label>
      <label><input type="checkbox" checked={negated} onChange={(e) => setNegated(e.target.checked)} /> Negated</label>
      <label>Modality <select value={modality} onChange={(e) => setModality(e.target.value as Modality)}>
        {MODALITIES.map((m) => <option key={m} value={m}>{m}</option>)}
      </select></label>
      <label>Note <input type="text" maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} /></label>
      <button type="submit" className="primary" disabled={busy}>Save correction</button>
    </form>
  );
}

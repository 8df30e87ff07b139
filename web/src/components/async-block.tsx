// Renders the loading, error or empty state of an async load, or its content: never a blank area.
import type { ReactNode } from 'react';
import { describeError } from '../api/client';
import type { AsyncState } from '../api/use-async';

export function AsyncBlock<T>({ state, what, children }: { state: AsyncState<T> & { reload: () => void }; what: string; children: (data: T) => ReactNode }) {
  if (state.status === 'error') {
    return (
      <div className="notice error" role="alert">
        <p>Could not load the {what}: {describeError(state.error)}</p>
        <button type="button" onClick={state.reload}>Retry</button>
      </div>
    );
  }
  if (state.data === null) return <p className="muted loading-text" role="status">Loading {what}…</p>;
  return <>{children(state.data)}</>;
}

// React binding of the view state to the URL: the URL is the single source of truth, so reload and
// shared links restore the exact view. Frequent changes (player frames) replace the history entry.
import { useCallback, useEffect, useState } from 'react';
import { searchToView, viewToSearch } from './url-state';
import type { ViewState } from './view-state';

export type ViewUpdate = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);
/** Changes the view (and the URL); `push` adds a history entry instead of replacing the current one. */
export type UpdateView = (update: ViewUpdate, options?: { push?: boolean }) => void;

export function useUrlView(): [ViewState, UpdateView] {
  const [view, setView] = useState<ViewState>(() => searchToView(window.location.search));

  useEffect(() => {
    const onPop = () => setView(searchToView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: ViewUpdate, options: { push?: boolean } = {}) => {
    setView((current) => {
      const patch = typeof change === 'function' ? change(current) : change;
      // Round-trip through the URL form so state and URL can never disagree.
      const search = viewToSearch({ ...current, ...patch });
      const next = searchToView(search);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);

  return [view, update];
}

// Keyboard shortcuts of the explorer: Escape clears the selection (unless a document is open, which
// Escape closes), "/" jumps to the actor search, as in most analyst tools.
import { useEffect } from 'react';
import type { UpdateView } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';

export function useExplorerKeys(view: ViewState, update: UpdateView): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !view.doc && view.selected) update({ selected: null });
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid=actor-search] input')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.doc, view.selected, update]);
}

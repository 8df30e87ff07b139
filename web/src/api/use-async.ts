// Runs an async loader whenever its key changes, aborting the previous run; exposes loading / error /
// data so every view can show a state instead of a blank screen.
import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: unknown };

export function useAsync<T>(load: ((signal: AbortSignal) => Promise<T>) | null, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle', data: null, error: null });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (!load) {
      setState({ status: 'idle', data: null, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ status: 'error', data: s.data, error }));
      },
    );
    return () => controller.abort();
    // The key stands for the loader's inputs; the loader itself is recreated every render.
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

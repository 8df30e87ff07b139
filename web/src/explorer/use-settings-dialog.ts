// The settings dialog's state: closed, opened by the user (⚙), or asked for because a write needed
// the API token (the client fires NEED_TOKEN_EVENT on a 401).
import { useEffect, useState } from 'react';
import { NEED_TOKEN_EVENT } from '../api/client';

export type SettingsDialogState = false | 'asked' | 'opened';

export function useSettingsDialog(): [SettingsDialogState, (state: SettingsDialogState) => void] {
  const [settingsOpen, setSettingsOpen] = useState<SettingsDialogState>(false);
  useEffect(() => {
    const ask = () => setSettingsOpen('asked');
    window.addEventListener(NEED_TOKEN_EVENT, ask);
    return () => window.removeEventListener(NEED_TOKEN_EVENT, ask);
  }, []);
  return [settingsOpen, setSettingsOpen];
}

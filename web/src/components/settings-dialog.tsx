// Settings: the API token for write operations (upload, saved-query edits), kept in localStorage.
import { useEffect, useRef, useState } from 'react';
import { readToken, writeToken } from '../api/token';

export function SettingsDialog({ onClose, asked }: { onClose: () => void; asked: boolean }) {
  const [token, setToken] = useState(readToken() ?? '');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="settings" onClose={onClose} onCancel={onClose} data-testid="settings-dialog" aria-label="Settings">
      <form method="dialog" onSubmit={(e) => {
        e.preventDefault();
        writeToken(token.trim() || null);
        onClose();
      }}>
        <h2>Settings</h2>
        {asked && <p className="notice" role="status">That action needs the API token. Enter it once; it is remembered in this browser. Then try again.</p>}
        <label className="field">
          <span>API token (needed to upload articles and edit saved queries)</span>
          <input type="password" autoFocus value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" data-testid="token-input" />
        </label>
        <p className="hint">Stored only in this browser (localStorage). The server's API_TOKEN.</p>
        <div className="actions">
          <button type="submit" className="primary">Save</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}

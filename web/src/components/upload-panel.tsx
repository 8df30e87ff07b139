// Upload an article with its metadata, then follow its status until its claims appear.
import { useEffect, useState } from 'react';
import type { DocumentStatusResponse } from '../../../shared/api';
import { isCalendarDate } from '../../../shared/calendar-date';
import { api, describeError } from '../api/client';

export function UploadPanel({ onDone, showSource }: { onDone: () => void; showSource: (docId: string) => void }) {
  const [form, setForm] = useState({ text: '', title: '', publisher: '', author: '', published: '', url: '' });
  const [status, setStatus] = useState<DocumentStatusResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  useEffect(() => {
    if (!status || status.status === 'done' || status.status === 'failed') return;
    const timer = setTimeout(() => {
      api.documentStatus(status.id).then((s) => {
        setStatus(s);
        if (s.status === 'done') onDone();
      }, (e: unknown) => setError(describeError(e)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [status, onDone]);

  const submit = async () => {
    setError(null);
    if (!form.text.trim()) return setError('Paste the article text or choose a .txt file.');
    if (form.published && !isCalendarDate(form.published)) return setError('Published must be a real date like 2024-03-22.');
    setBusy(true);
    try {
      const opt = (v: string) => (v.trim() ? v.trim() : null);
      setStatus(await api.submitDocument({
        text: form.text, title: opt(form.title), publisher: opt(form.publisher), author: opt(form.author), published: opt(form.published), url: opt(form.url), language: 'en',
      }));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="upload" data-testid="upload-panel" onSubmit={(e) => {
      e.preventDefault();
      void submit();
    }}>
      <h3>Add an article</h3>
      <label className="field"><span>Text file</span>
        <input type="file" accept=".txt,text/plain" onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.text().then((text) => setForm((f) => ({ ...f, text, title: f.title || file.name.replace(/\.txt$/, '') })));
        }} />
      </label>
      <label className="field"><span>…or paste the text *</span><textarea rows={6} value={form.text} onChange={set('text')} /></label>
      <label className="field"><span>Title</span><input value={form.title} onChange={set('title')} /></label>
      <div className="two">
        <label className="field"><span>Publisher</span><input value={form.publisher} onChange={set('publisher')} /></label>
        <label className="field"><span>Published</span><input type="date" value={form.published} onChange={set('published')} /></label>
      </div>
      <div className="two">
        <label className="field"><span>Author</span><input value={form.author} onChange={set('author')} /></label>
        <label className="field"><span>URL</span><input type="url" value={form.url} onChange={set('url')} /></label>
      </div>
      <p className="hint">Only fill in what the article states; leave the rest empty.</p>
      {error && <div className="notice error" role="alert">{error}</div>}
      <button type="submit" className="primary" disabled={busy || (status !== null && status.status !== 'done' && status.status !== 'failed')}>Upload</button>
      {status && (
        <div className={`notice status-${status.status}`} role="status" data-testid="upload-status">
          <b>{status.id}</b>: {status.status}
          {status.status === 'done' && <> · {status.claimCount} claims extracted. <button type="button" className="link" onClick={() => showSource(status.id)}>Show only its claims</button></>}
          {status.status === 'failed' && <> · {status.error}</>}
          {(status.status === 'pending' || status.status === 'processing') && <span className="spinner" aria-hidden="true" />}
        </div>
      )}
    </form>
  );
}

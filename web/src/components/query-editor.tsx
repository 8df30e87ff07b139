// Create / edit / delete one saved query. Writes need the API token (Settings).
import { useState } from 'react';
import type { SavedQuery } from '../../../shared/api';
import { api, describeError } from '../api/client';
import { parseParamSchema } from '../state/query-params';
import { CypherEditor } from './cypher-editor';

const EXAMPLE = 'MATCH (a:Actor {id: $actor})-[r]-(b:Actor)\nRETURN a, r, b\nLIMIT 100';
const EXAMPLE_PARAMS = '[\n  { "name": "actor", "type": "actor", "label": "Actor id", "required": true, "default": "pakistan" }\n]';

export function QueryEditor({ query, onCancel, onSaved, onDeleted }: {
  query: SavedQuery | null;
  onCancel: () => void;
  onSaved: (q: SavedQuery) => void;
  onDeleted: () => void;
}) {
  const [name, setName] = useState(query?.name ?? '');
  const [description, setDescription] = useState(query?.description ?? '');
  const [cypher, setCypher] = useState(query?.cypher ?? EXAMPLE);
  const [params, setParams] = useState(query ? JSON.stringify(query.params, null, 2) : EXAMPLE_PARAMS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const parsed = parseParamSchema(params);
    if (!parsed.ok) return setError(parsed.error);
    if (!name.trim()) return setError('Name is required.');
    setBusy(true);
    setError(null);
    try {
      const input = { name: name.trim(), description, cypher, params: parsed.params };
      onSaved(query ? await api.updateQuery(query.id, input) : await api.createQuery(input));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!query || !window.confirm(`Delete the saved query “${query.name}”?`)) return;
    setBusy(true);
    try {
      await api.deleteQuery(query.id);
      onDeleted();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };

  return (
    <form className="query-editor" data-testid="query-editor" onSubmit={(e) => {
      e.preventDefault();
      void save();
    }}>
      <h3>{query ? 'Edit saved query' : 'New saved query'}</h3>
      <label className="field"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} required /></label>
      <label className="field"><span>Description</span><input value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <div className="field"><span>Cypher (read-only queries; $name for parameters)</span><CypherEditor value={cypher} onChange={setCypher} label="Cypher" /></div>
      <label className="field"><span>Parameters (JSON: name, type, label, required, default)</span>
        <textarea className="mono" rows={5} value={params} onChange={(e) => setParams(e.target.value)} spellCheck={false} />
      </label>
      {error && <div className="notice error" role="alert">{error}</div>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>Save</button>
        <button type="button" onClick={onCancel}>Cancel</button>
        {query && <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>Delete</button>}
      </div>
    </form>
  );
}

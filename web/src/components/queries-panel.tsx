// Saved relationship queries: list, run with a form generated from the parameter schema (results as
// graph on the canvas and as a table here), create / edit / delete with the Cypher editor.
import { useEffect, useRef, useState } from 'react';
import type { SavedQuery, SavedQueryRunResult } from '../../../shared/api';
import { api, describeError } from '../api/client';
import { useAsync } from '../api/use-async';
import { formatCell } from '../graph/query-result';
import { coerceParams, defaultValue } from '../state/query-params';
import type { ViewUpdate } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';
import { ActorParamField } from './actor-param-field';
import { AsyncBlock } from './async-block';
import { QueryEditor } from './query-editor';

export interface QueriesPanelProps {
  view: ViewState;
  update: (change: ViewUpdate, options?: { push?: boolean }) => void;
  result: { query: SavedQuery; result: SavedQueryRunResult } | null;
  onResult: (r: { query: SavedQuery; result: SavedQueryRunResult } | null) => void;
}

export function QueriesPanel({ view, update, result, onResult }: QueriesPanelProps) {
  const [listNonce, setListNonce] = useState(0);
  const list = useAsync((s) => api.queries(s), String(listNonce));
  const [editing, setEditing] = useState<SavedQuery | 'new' | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  if (editing) {
    return (
      <QueryEditor
        query={editing === 'new' ? null : editing}
        onCancel={() => setEditing(null)}
        onSaved={(q) => {
          setEditing(null);
          setListNonce((n) => n + 1);
          update({ query: q.id, queryParams: {} });
        }}
        onDeleted={() => {
          setEditing(null);
          setListNonce((n) => n + 1);
          update({ query: null, queryParams: {} });
          onResult(null);
        }}
      />
    );
  }

  return (
    <div className="queries" data-testid="queries-panel">
      <div className="panel-head">
        <h3>Saved queries</h3>
        <button type="button" onClick={() => setEditing('new')}>+ New</button>
      </div>
      <AsyncBlock state={list} what="saved queries">
        {(r) => {
          const current = r.queries.find((q) => q.id === view.query) ?? null;
          const run = async () => {
            if (!current) return;
            const coerced = coerceParams(current.params, view.queryParams);
            if (!coerced.ok) {
              setFieldErrors(coerced.errors);
              return;
            }
            setFieldErrors({});
            setRunError(null);
            setRunning(true);
            try {
              onResult({ query: current, result: await api.runQuery(current.id, coerced.params) });
            } catch (error) {
              setRunError(describeError(error));
            } finally {
              setRunning(false);
            }
          };
          return (
            <>
              {result && result.query.id === view.query && <ResultTable result={result.result} name={result.query.name} />}
              {r.queries.length === 0 && <p className="muted">No saved queries yet.</p>}
              <ul className="query-list" role="listbox" aria-label="Saved queries">
                {r.queries.map((q) => (
                  <li key={q.id} role="option" aria-selected={q.id === view.query}>
                    <button type="button" className={`query-item${q.id === view.query ? ' on' : ''}`} data-testid={`query-${q.id}`}
                      onClick={() => {
                        update({ query: q.id, queryParams: {} });
                        onResult(null);
                      }}>
                      <b>{q.name}</b>
                      <span className="muted">{q.description}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {current && (
                <form className="param-form" data-testid="param-form" onSubmit={(e) => {
                  e.preventDefault();
                  void run();
                }}>
                  <h4>{current.name}</h4>
                  {current.params.map((p) => {
                    const value = view.queryParams[p.name] ?? defaultValue(p);
                    const set = (v: string) => update((vw) => ({ queryParams: { ...vw.queryParams, [p.name]: v } }));
                    return (
                      <label key={p.name} className="field">
                        <span>{p.label ?? p.name}{p.required ? ' *' : ''} <span className="muted">({p.type})</span></span>
                        {p.type === 'actor' ? (
                          <ActorParamField name={p.name} label={p.label ?? p.name} value={value} onChange={set} />
                        ) : p.type === 'boolean' ? (
                          <input type="checkbox" checked={value === 'true'} onChange={(e) => set(String(e.target.checked))} />
                        ) : (
                          <input type={p.type === 'integer' || p.type === 'number' ? 'number' : 'text'} value={value} name={p.name}
                            placeholder={p.type === 'string[]' ? 'comma, separated' : ''} onChange={(e) => set(e.target.value)} />
                        )}
                        {fieldErrors[p.name] && <span className="field-error" role="alert">{fieldErrors[p.name]}</span>}
                      </label>
                    );
                  })}
                  <div className="actions">
                    <button type="submit" className="primary" disabled={running} data-testid="run-query">{running ? 'Running…' : 'Run'}</button>
                    <button type="button" onClick={() => setEditing(current)}>Edit</button>
                  </div>
                  {runError && <div className="notice error" role="alert">{runError}</div>}
                </form>
              )}
            </>
          );
        }}
      </AsyncBlock>
    </div>
  );
}

/** The result first in the panel (scrolled into view), so it is never below the fold. */
function ResultTable({ result, name }: { result: SavedQueryRunResult; name: string }) {
  const { columns, rows } = result.table;
  const ref = useRef<HTMLDivElement>(null);
  // Braces: in recent Chromium scrollIntoView returns a promise, which an effect must not return.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [result]);
  const onCanvas = result.graph.nodes.length > 0;
  return (
    <div className="result" data-testid="query-result" ref={ref}>
      <h4>Result of {name}</h4>
      <p className="muted">
        {rows.length} row{rows.length === 1 ? '' : 's'}{result.truncated ? ` (capped at ${result.rowCap})` : ''} ·{' '}
        {onCanvas ? `${result.graph.nodes.length} actors, ${result.graph.edges.length} relations on the canvas` : 'a table only: the canvas keeps the network'}
        {' · '}{Math.round(result.elapsedMs)} ms
      </p>
      {rows.length === 0 ? <p className="notice">The query returned no rows.</p> : (
        <div className="table-wrap">
          <table data-testid="query-table">
            <thead><tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>{row.map((cell, j) => <td key={j} title={typeof cell === 'object' ? JSON.stringify(cell) : undefined}>{formatCell(cell)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

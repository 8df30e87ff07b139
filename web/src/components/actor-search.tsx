// Typeahead over actor names, aliases and the capitals / demonyms the gazetteer maps to an actor
// (GET /api/actors?q=), keyboard-driven: ↑ ↓ Enter Escape. A search that finds nothing says so.
import { useEffect, useId, useState } from 'react';
import type { ActorSummary } from '../../../shared/api';
import { api } from '../api/client';
import { actorTypeStyle } from '../graph/palette';

export interface ActorSearchProps {
  placeholder: string;
  label: string;
  onChoose: (actor: ActorSummary) => void;
  testId?: string;
  initial?: string;
}

export function ActorSearch({ placeholder, label, onChoose, testId, initial = '' }: ActorSearchProps) {
  const [text, setText] = useState(initial);
  const [results, setResults] = useState<ActorSummary[]>([]);
  /** The text the results answer (null while the first answer is on its way). */
  const [answered, setAnswered] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => setText(initial), [initial]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.searchActors(text.trim(), controller.signal).then(
        (r) => {
          setResults(r.actors);
          setAnswered(text.trim());
          setActive(0);
        },
        () => setResults([]),
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  const choose = (actor: ActorSummary | undefined) => {
    if (!actor) return;
    onChoose(actor);
    setText(actor.name);
    setOpen(false);
  };

  return (
    <div className="typeahead" data-testid={testId}>
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(results[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && results.length === 0 && answered !== null && answered !== '' && answered === text.trim() && (
        <div className="typeahead-list typeahead-empty" role="status" data-testid={testId ? `${testId}-empty` : undefined}>
          No actor matches “{answered}” (names, aliases, capitals and demonyms are searched).
        </div>
      )}
      {open && results.length > 0 && (
        <ul id={listId} role="listbox" className="typeahead-list">
          {results.map((a, i) => {
            // Why it matched: a capital or demonym the gazetteer maps to it, else the alias typed.
            const alias = a.matched ?? a.aliases.find((x) => text && x.toLowerCase().includes(text.toLowerCase()) && x !== a.name);
            return (
              <li key={a.id} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(a);
                }}>
                <span className="swatch" style={{ background: actorTypeStyle(a.type).color }} />
                <span className="name">{a.name}</span>
                {alias && <span className="muted"> ({alias})</span>}
                <span className="count" title="Claims this actor takes part in">{a.degree} claims</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

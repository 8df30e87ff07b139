// A saved-query parameter of type `actor`: the same typeahead as the actor search, writing the
// chosen actor's id (the value the query receives) and showing it beside the name.
import { useState } from 'react';
import { ActorSearch } from './actor-search';

export interface ActorParamFieldProps {
  name: string;
  label: string;
  /** The actor id (from the URL or a default). */
  value: string;
  onChange: (id: string) => void;
}

export function ActorParamField({ name, label, value, onChange }: ActorParamFieldProps) {
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const shown = chosen && chosen.id === value ? chosen.name : value;
  return (
    <>
      <ActorSearch label={label} placeholder="Search an actor…" testId={`param-${name}`} initial={shown}
        onChoose={(a) => {
          setChosen({ id: a.id, name: a.name });
          onChange(a.id);
        }} />
      {value && <span className="muted param-value" data-testid={`param-${name}-value`}>id: {value}</span>}
    </>
  );
}

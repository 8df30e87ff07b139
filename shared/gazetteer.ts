// The shape of the actor gazetteer (seeds/gazetteer.json): read by the extractor to find actors and by
// the API's actor search to match names, capitals and demonyms. Types only; the data stays a JSON file.
import type { ActorType } from './vocabulary';

export interface GazetteerActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  acronyms: string[];
  demonyms: string[];
  metonyms: string[];
  affiliations: string[];
  country: string | null;
  media?: boolean;
}

export interface EraMetonym {
  alias: string;
  switchDate: string;
  before: string;
  after: string;
  place: string;
}

/** Who held an office, and when: "the Secretary of State" in a text that names no holder. */
export interface Office {
  holder: string;
  /** Lower-case title words as written before a name ("secretary of state", "defense secretary"). */
  titles: string[];
  /** The state or body the office belongs to. */
  of: string;
  from: string;
  /** Null while the office is held. */
  to: string | null;
}

export interface Gazetteer {
  actors: GazetteerActor[];
  eraMetonyms: EraMetonym[];
  offices?: Office[];
}

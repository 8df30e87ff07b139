// PLOVER gold-standard records (../shared/eval/plover_gsr_cameo.jsonl): parsing and the mapping of
// PLOVER event types onto Actorscope relation types. Pure; the sentences never enter the repository.
import type { RelationType } from '../../shared/vocabulary';

export interface PloverActor {
  actorText: string;
  code: string | null;
}

export interface PloverRecord {
  id: string;
  event: string;
  eventText: string;
  text: string;
  markup: string;
  sources: PloverActor[];
  targets: PloverActor[];
}

/** PLOVER type → Actorscope type (CONSULT is decided per record, see mapEvent). Others are out of scope. */
export const PLOVER_TYPE_MAP: Readonly<Record<string, RelationType>> = {
  AGREE: 'COOPERATES_WITH',
  COOPERATE: 'COOPERATES_WITH',
  CONSULT: 'MET_WITH',
  SUPPORT: 'SUPPORTS',
  AID: 'SUPPORTS',
  ACCUSE: 'ACCUSED',
  DISAPPROVE: 'ACCUSED',
  REJECT: 'REJECTED',
  THREATEN: 'WARNED',
  ASSAULT: 'ATTACKED',
  FIGHT: 'ATTACKED',
};

/** A visit verb in the annotated event text makes a CONSULT a VISITED, when a visited target is annotated. */
const VISIT_EVENT = /\b(visit(s|ed|ing)?|arriv(e|es|ed|ing)|trip|tour(s|ed)?|travel(s|ed|led)?)\b/i;

/** The Actorscope type a record is scored as, or null when its event type is outside the core set. */
export function mapEvent(record: Pick<PloverRecord, 'event' | 'eventText' | 'targets'>): RelationType | null {
  const mapped = PLOVER_TYPE_MAP[record.event] ?? null;
  if (record.event === 'CONSULT' && VISIT_EVENT.test(record.eventText) && record.targets.length > 0) return 'VISITED';
  return mapped;
}

function parseActors(value: unknown, field: string, where: string): PloverActor[] {
  // One record holds a bare string in `target` (a context word, not an actor): no actor, not an error.
  if (value === undefined || value === null || typeof value === 'string') return [];
  if (!Array.isArray(value)) throw new Error(`${where}: \`${field}\` must be an array of actors.`);
  return value.map((actor, index) => {
    const entry = actor as { actorText?: unknown; code?: unknown } | null;
    if (!entry || typeof entry.actorText !== 'string' || entry.actorText.trim() === '') {
      throw new Error(`${where}: \`${field}[${index}].actorText\` must be a non-empty string.`);
    }
    return { actorText: entry.actorText, code: typeof entry.code === 'string' ? entry.code : null };
  });
}

/** Parses the JSONL file; a bad line is reported with its line number. */
export function parsePloverJsonl(fileText: string, origin = 'PLOVER file'): PloverRecord[] {
  const records: PloverRecord[] = [];
  fileText.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${origin} line ${index + 1}`;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${(error as Error).message}).`);
    }
    for (const field of ['id', 'event', 'text'] as const) {
      if (typeof raw[field] !== 'string' || raw[field] === '') throw new Error(`${where}: \`${field}\` must be a non-empty string.`);
    }
    records.push({
      id: raw.id as string,
      event: raw.event as string,
      eventText: typeof raw.eventText === 'string' ? raw.eventText : '',
      text: raw.text as string,
      markup: typeof raw.markup === 'string' ? raw.markup : '',
      sources: parseActors(raw.source, 'source', where),
      targets: parseActors(raw.target, 'target', where),
    });
  });
  if (records.length === 0) throw new Error(`${origin}: holds no records.`);
  return records;
}

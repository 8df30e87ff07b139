// Reads the project's gazetteer (seeds/gazetteer.json) as benchmark actors, falling back to a small
// built-in list while it does not exist, so the extractor meets names it knows.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../neo4j/config';
import { ACTOR_TYPES, type ActorType } from '../../shared/vocabulary';
import type { BenchActor } from '../generate/actors';
import fallback from '../generate/fallback-actors.json';

export const GAZETTEER_PATH = path.join(PROJECT_ROOT, 'seeds', 'gazetteer.json');

interface RawEntry {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  aliases?: unknown;
}

function toActor(entry: RawEntry, where: string): BenchActor {
  if (typeof entry.id !== 'string' || typeof entry.name !== 'string') throw new Error(`${where}: an entry lacks a string id or name.`);
  const type = (ACTOR_TYPES as readonly string[]).includes(String(entry.type)) ? (entry.type as ActorType) : 'unknown';
  const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { id: entry.id, name: entry.name, type, aliases };
}

export function readGazetteer(file = GAZETTEER_PATH): { actors: BenchActor[]; source: string } {
  if (!fs.existsSync(file)) {
    return { actors: fallback.actors.map((a) => toActor(a, 'bench/generate/fallback-actors.json')), source: 'bench/generate/fallback-actors.json' };
  }
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const entries = Array.isArray(raw) ? raw : (raw as { actors?: unknown }).actors;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected an array of actors or { actors: [...] }.`);
  return { actors: (entries as RawEntry[]).map((e) => toActor(e, file)), source: path.relative(PROJECT_ROOT, file) };
}

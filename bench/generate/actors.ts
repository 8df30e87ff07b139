// Actors for the synthetic corpus: a real gazetteer's entries (so the extractor finds them) topped
// up with invented, pronounceable actors of every type until M actors exist.
import type { ActorType } from '../../shared/vocabulary';
import { createRng, hashSeed, type Rng } from './prng';

export interface BenchActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
}

const SYLLABLES = ['ka', 'dar', 'vel', 'mir', 'sha', 'ron', 'tal', 'bek', 'zan', 'hol', 'qu', 'rin', 'os', 'lam', 'gar', 'nu', 'fel', 'ab'];
const GIVEN = ['Amir', 'Farid', 'Laila', 'Omar', 'Nadia', 'Karim', 'Sami', 'Hamid', 'Zara', 'Yusuf', 'Mariam', 'Tariq'];
const SUFFIX: Record<Exclude<ActorType, 'person' | 'unknown'>, string[]> = {
  state: ['ia', 'istan', 'land'],
  agency: [' Intelligence Bureau', ' Security Service', ' Directorate'],
  armed_group: [' Front', ' Brigade', ' Movement'],
  organization: [' Relief Council', ' Trade Union', ' Institute'],
  igo: [' Cooperation Council', ' Regional Forum'],
};
const TYPE_CYCLE: ActorType[] = ['person', 'armed_group', 'person', 'state', 'agency', 'organization', 'person', 'armed_group', 'igo'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A unique pronounceable stem per index (the index written in base-18 syllables). */
function stemFor(index: number): string {
  let n = index + SYLLABLES.length; // at least two syllables
  let s = '';
  while (n > 0) {
    s = (SYLLABLES[n % SYLLABLES.length] as string) + s;
    n = Math.floor(n / SYLLABLES.length);
  }
  return capitalise(s);
}

function acronym(name: string): string {
  return name.split(/\s+/).map((w) => w.charAt(0).toUpperCase()).join('');
}

function inventActor(index: number, rng: Rng): BenchActor {
  const type = TYPE_CYCLE[index % TYPE_CYCLE.length] as ActorType;
  const base = stemFor(index);
  if (type === 'person') {
    const family = base + rng.pick(['i', 'zai', 'ov', 'ani']);
    return { id: `synthetic-${index}`, name: `${rng.pick(GIVEN)} ${family}`, type, aliases: [family] };
  }
  const name = base + rng.pick(SUFFIX[type as keyof typeof SUFFIX]);
  const aliases = name.includes(' ') ? [acronym(name), `the ${name.slice(base.length + 1)}`] : [`${base}n government`];
  return { id: `synthetic-${index}`, name, type, aliases };
}

/** The first `count` actors: the gazetteer entries first, then invented ones (deterministic in seed). */
export function buildActors(gazetteer: readonly BenchActor[], count: number, seed: number): BenchActor[] {
  if (!Number.isInteger(count) || count < 2) throw new Error(`buildActors: invalid count ${count}. Expecting an integer ≥ 2.`);
  const actors = gazetteer.slice(0, count);
  for (let i = actors.length; i < count; i++) actors.push(inventActor(i, createRng(hashSeed(seed, 'actor', i))));
  return actors;
}

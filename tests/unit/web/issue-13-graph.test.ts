// Pure modules behind issue 13's screen: short labels, label collisions, the seeded layout random,
// the player's frames, key actors and communities.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { detectCommunities, communityColor, communitySizes, NO_COMMUNITY_COLOR, COMMUNITY_MAX_NODES } from '../../../web/src/graph/communities';
import { keyActors } from '../../../web/src/graph/key-actors';
import { hiddenLabels } from '../../../web/src/graph/label-collisions';
import { seededGenerator, seedOf, withSeededRandom } from '../../../web/src/graph/seeded-random';
import { shortLabel } from '../../../web/src/graph/short-label';
import { frameYears, stepFrame } from '../../../web/src/state/player-frames';

describe('short labels', () => {
  it('uses the acronym the gazetteer lists for a long name, letters-only first', () => {
    expect(shortLabel('Islamic State Khorasan Province', ['Islamic State Khorasan', 'ISIS-K', 'IS-K', 'ISKP', 'IS-KP'])).toBe('ISKP');
    expect(shortLabel('Central Intelligence Agency', ['Central Intelligence Agency', 'CIA'])).toBe('CIA');
    expect(shortLabel('Inter-Services Intelligence', ['Inter-Service Intelligence', 'ISI'])).toBe('ISI');
  });

  it('keeps short names whole, and cuts long names without an acronym at a word', () => {
    expect(shortLabel('United States', ['US', 'USA'])).toBe('United States');
    expect(shortLabel('Islamic Republic of Afghanistan', [])).toBe('Islamic Republic…');
    expect(shortLabel('Center for the Study of Modern Afghanistan', ['Afghan Study Centre', 'Study Centre'])).toBe('Study Centre');
    expect(shortLabel('Abcdefghijklmnopqrstuvwxyz', [])).toBe('Abcdefghijklmnopq…');
  });
});

describe('label collisions', () => {
  const box = (id: string, priority: number, x: number, y: number) => ({ id, priority, x1: x, y1: y, x2: x + 40, y2: y + 10 });
  it('hides the less important of two overlapping labels, keeps apart ones', () => {
    expect(hiddenLabels([box('a', 1, 0, 0), box('b', 5, 20, 5), box('c', 0, 100, 100)])).toEqual(new Set(['a']));
  });
  it('is greedy: a label hidden by one kept label does not hide others', () => {
    // b hides a; c overlaps only a (hidden), so c stays.
    expect(hiddenLabels([box('b', 9, 0, 0), box('a', 5, 30, 0), box('c', 1, 60, 0)])).toEqual(new Set(['a']));
  });
});

describe('seeded random', () => {
  it('gives the same sequence for the same seed and restores Math.random', () => {
    const real = Math.random;
    const a = withSeededRandom(seedOf(['pakistan', 'taliban']), () => [Math.random(), Math.random()]);
    const b = withSeededRandom(seedOf(['pakistan', 'taliban']), () => [Math.random(), Math.random()]);
    expect(a).toEqual(b);
    expect(Math.random).toBe(real);
    expect(seedOf(['a', 'bc'])).not.toBe(seedOf(['ab', 'c']));
    const g = seededGenerator(1);
    for (let i = 0; i < 100; i++) expect(g()).toBeGreaterThanOrEqual(0);
  });
  it('restores Math.random when the function throws', () => {
    const real = Math.random;
    expect(() => withSeededRandom(1, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(Math.random).toBe(real);
  });
});

describe('player frames', () => {
  const histogram = [{ year: 1980, count: 1 }, { year: 2001, count: 3 }, { year: 2021, count: 0 }, { year: 2021, count: 5 }, { year: 2025, count: 2 }];
  it('steps through the years that have claims only', () => {
    const years = frameYears(histogram, 1980, 2025);
    expect(years).toEqual([1980, 2001, 2021, 2025]);
    expect(stepFrame(years, null, 1)).toBe(1980);
    expect(stepFrame(years, 1980, 1)).toBe(2001);
    expect(stepFrame(years, 2010, 1)).toBe(2021);
    expect(stepFrame(years, 2025, 1)).toBe(2025);
    expect(stepFrame(years, 2021, -1)).toBe(2001);
    expect(stepFrame(years, null, -1)).toBe(2025);
  });
  it('keeps the chosen range, and has one frame when no year in it has claims', () => {
    expect(frameYears(histogram, 2000, 2022)).toEqual([2001, 2021]);
    expect(frameYears(histogram, 2002, 2020)).toEqual([2002]);
    expect(() => stepFrame([], null, 1)).toThrow('`years` is empty');
  });
});

const node = (id: string): GraphNode => ({ data: { id, label: id.toUpperCase(), type: 'state', degree: 0, claims: 0, discovered: false, aliases: [], focus: false } });
const edge = (source: string, target: string, count: number): GraphEdge => ({ data: { id: `${source}|MET_WITH|${target}`, source, target, type: 'MET_WITH', count } as GraphEdge['data'] });

describe('key actors', () => {
  const graph = {
    nodes: ['a', 'b', 'c', 'd'].map(node),
    edges: [edge('a', 'b', 1), edge('a', 'c', 1), edge('a', 'd', 1), edge('c', 'd', 10)],
  };
  it('ranks by degree, weighted degree or PageRank', () => {
    expect(keyActors(graph, 'degree').map((a) => a.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(keyActors(graph, 'weighted').map((a) => [a.id, a.weighted])).toEqual([['c', 11], ['d', 11], ['a', 3], ['b', 1]]);
    const pr = keyActors(graph, 'pagerank');
    expect(pr.reduce((s, a) => s + a.pagerank, 0)).toBeCloseTo(1, 5);
    expect(pr.at(-1)?.id).toBe('b');
    expect(keyActors(graph, 'degree', 2)).toHaveLength(2);
  });
});

describe('communities', () => {
  it('finds two tight triangles joined by a weak tie, numbers them by size, greys lone actors', () => {
    const e = (source: string, target: string, weight = 3) => ({ source, target, weight });
    const c = detectCommunities(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [e('a', 'b'), e('b', 'c'), e('a', 'c'), e('c', 'h'), e('d', 'e'), e('e', 'f'), e('d', 'f'), e('c', 'd', 1)]);
    expect(c.get('a')).toBe(c.get('b'));
    expect(c.get('d')).toBe(c.get('f'));
    expect(c.get('a')).not.toBe(c.get('d'));
    expect(c.get('a')).toBe(0); // the larger group (a, b, c, h)
    const sizes = communitySizes(c);
    expect(communityColor(c.get('g'), sizes)).toBe(NO_COMMUNITY_COLOR);
    expect(communityColor(c.get('a'), sizes)).not.toBe(NO_COMMUNITY_COLOR);
  });
  it('refuses graphs above its size limit, naming the limit', () => {
    const ids = Array.from({ length: COMMUNITY_MAX_NODES + 1 }, (_, i) => `n${i}`);
    expect(() => detectCommunities(ids, [])).toThrow(`at most ${COMMUNITY_MAX_NODES}`);
  });
});

// The API requests the benchmark puts under load, chosen from the loaded data (a hub actor, a pair
// of actors, a name prefix) so every request does real work. Each GET also has varied forms (other
// hubs, pairs, prefixes, years) to measure answers that no cache holds.
import type { Driver } from 'neo4j-driver';

export interface EndpointCase {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Other paths of the same shape, for the cache-off run (empty: that run is skipped). */
  variants: string[];
  /** false: no run of `path` repeated with the cache on (another case measures that request already). */
  repeated?: false;
}

export interface Probe {
  hub: string;
  second: string;
  remote: string;
  prefix: string;
  year: number;
  /** The busiest actors by degree (hubs first), for the varied requests' foci and dyads. */
  busiest: Array<{ id: string; name: string }>;
  /** Actors from the median degree on, for the varied requests' far ends and search prefixes. */
  median: Array<{ id: string; name: string }>;
}

/** The graph as the explorer requests it (web/src/api/client.ts): the compact form of /api/graph. */
const GRAPH = '/api/graph/compact';

/** How many varied requests each endpoint cycles through in the cache-off run. */
const VARIANTS = 24;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Picks the actors the requests use: the two busiest and one of median degree. */
export async function probeData(driver: Driver): Promise<Probe> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Actor) WITH a, COUNT { (a)--() } AS degree ORDER BY degree DESC RETURN collect({id: a.id, name: a.name}) AS actors',
  );
  const actors = (records[0]?.get('actors') ?? []) as Array<{ id: string; name: string }>;
  if (actors.length < 3) throw new Error('api stage: the bench database holds fewer than 3 actors; run the load stage first.');
  const [hub, second] = actors as [{ id: string; name: string }, { id: string; name: string }];
  const mid = Math.floor(actors.length / 2);
  const remote = actors[mid] as { id: string; name: string };
  return {
    hub: hub.id,
    second: second.id,
    remote: remote.id,
    prefix: hub.name.slice(0, 3).toLowerCase(),
    year: 2023,
    busiest: actors.slice(0, VARIANTS + 1),
    median: actors.slice(mid, mid + VARIANTS),
  };
}

export function endpointCases(p: Probe, savedQueryId: string | null): EndpointCase[] {
  const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  const n = Math.min(VARIANTS, p.busiest.length - 1, p.median.length);
  const each = <T>(f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const busy = (i: number) => (p.busiest[i] as { id: string; name: string });
  const next = (i: number) => (p.busiest[i + 1] as { id: string; name: string });
  const far = (i: number) => (p.median[i] as { id: string; name: string });
  const year = (i: number) => YEARS[i % YEARS.length] as number;
  const cases: EndpointCase[] = [
    {
      name: 'graph: whole, year filter', method: 'GET', path: `${GRAPH}?${q({ yearFrom: p.year, yearTo: p.year })}`,
      variants: each((i) => `${GRAPH}?${q({ yearFrom: year(i), yearTo: year(i) + (i % 4) })}`),
    },
    {
      // Issue 15's target is for one year: the varied run above mixes one- to four-year ranges.
      name: 'graph: whole, one year', method: 'GET', path: `${GRAPH}?${q({ yearFrom: p.year, yearTo: p.year })}`, repeated: false,
      variants: each((i) => `${GRAPH}?${q({ yearFrom: year(i), yearTo: year(i) })}`),
    },
    {
      name: 'graph: depth-2 focus, year filter', method: 'GET', path: `${GRAPH}?${q({ actors: p.hub, depth: 2, yearFrom: p.year, yearTo: p.year })}`,
      variants: each((i) => `${GRAPH}?${q({ actors: busy(i).id, depth: 2, yearFrom: year(i), yearTo: year(i) })}`),
    },
    {
      name: 'actors?q=', method: 'GET', path: `/api/actors?${q({ q: p.prefix })}`,
      variants: each((i) => `/api/actors?${q({ q: far(i).name.slice(0, 3 + (i % 3)).toLowerCase() })}`),
    },
    {
      name: 'claims (dyad)', method: 'GET', path: `/api/claims?${q({ source: p.hub, target: p.second, undirected: 'true', limit: 100 })}`,
      variants: each((i) => `/api/claims?${q({ source: busy(i).id, target: next(i).id, undirected: 'true', limit: 100 })}`),
    },
    {
      name: 'paths', method: 'GET', path: `/api/paths?${q({ from: p.second, to: p.remote, maxHops: 3 })}`,
      variants: each((i) => `/api/paths?${q({ from: next(i).id, to: far(i).id, maxHops: 3 })}`),
    },
    {
      name: 'timeline (dyad)', method: 'GET', path: `/api/timeline?${q({ actors: `${p.hub},${p.second}` })}`,
      variants: each((i) => `/api/timeline?${q({ actors: `${busy(i).id},${next(i).id}` })}`),
    },
    {
      // One request: its cache-off run repeats it (concurrent identical requests share one load).
      name: 'stats', method: 'GET', path: '/api/stats', variants: ['/api/stats'],
    },
  ];
  if (savedQueryId) {
    // Saved-query runs are never cached: the one request is already a fresh query each time.
    cases.push({ name: `saved query run (${savedQueryId})`, method: 'POST', path: `/api/queries/${encodeURIComponent(savedQueryId)}/run`, body: '{"params":{}}', variants: [] });
  }
  return cases;
}

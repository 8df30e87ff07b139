// The API requests the benchmark puts under load, chosen from the loaded data (a hub actor, a pair
// of actors, a name prefix) so every request does real work.
import type { Driver } from 'neo4j-driver';

export interface EndpointCase {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Probe {
  hub: string;
  second: string;
  remote: string;
  prefix: string;
  year: number;
}

/** Picks the actors the requests use: the two busiest and one of median degree. */
export async function probeData(driver: Driver): Promise<Probe> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Actor) WITH a, COUNT { (a)--() } AS degree ORDER BY degree DESC RETURN collect({id: a.id, name: a.name}) AS actors',
  );
  const actors = (records[0]?.get('actors') ?? []) as Array<{ id: string; name: string }>;
  if (actors.length < 3) throw new Error('api stage: the bench database holds fewer than 3 actors; run the load stage first.');
  const [hub, second] = actors as [{ id: string; name: string }, { id: string; name: string }];
  const remote = actors[Math.floor(actors.length / 2)] as { id: string; name: string };
  return { hub: hub.id, second: second.id, remote: remote.id, prefix: hub.name.slice(0, 3).toLowerCase(), year: 2023 };
}

export function endpointCases(p: Probe, savedQueryId: string | null): EndpointCase[] {
  const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  const cases: EndpointCase[] = [
    { name: 'graph: whole, year filter', method: 'GET', path: `/api/graph?${q({ yearFrom: p.year, yearTo: p.year })}` },
    { name: 'graph: depth-2 focus, year filter', method: 'GET', path: `/api/graph?${q({ actors: p.hub, depth: 2, yearFrom: p.year, yearTo: p.year })}` },
    { name: 'actors?q=', method: 'GET', path: `/api/actors?${q({ q: p.prefix })}` },
    { name: 'claims (dyad)', method: 'GET', path: `/api/claims?${q({ source: p.hub, target: p.second, undirected: 'true', limit: 100 })}` },
    { name: 'paths', method: 'GET', path: `/api/paths?${q({ from: p.second, to: p.remote, maxHops: 3 })}` },
    { name: 'timeline (dyad)', method: 'GET', path: `/api/timeline?${q({ actors: `${p.hub},${p.second}` })}` },
  ];
  if (savedQueryId) {
    cases.push({ name: `saved query run (${savedQueryId})`, method: 'POST', path: `/api/queries/${encodeURIComponent(savedQueryId)}/run`, body: '{"params":{}}' });
  }
  return cases;
}

// /api/actors: name/alias search (ranked) and actor profiles.
import neo4j from 'neo4j-driver';
import type { ActorProfile, ActorSummary } from '../../shared/api';
import { RELATION_TYPE_INFO, RELATION_TYPES, type ActorType, type RelationType } from '../../shared/vocabulary';
import { notFound } from '../errors';
import { toInt, toNullableInt, toNumber, toStringArray } from '../presenters/values';
import { gazetteerNames, matchGazetteerNames, type GazetteerName } from '../queries/gazetteer-names';
import type { Gazetteer } from '../../shared/gazetteer';
import gazetteerData from '../../seeds/gazetteer.json';
import { readRows, type Db } from './db';

const TYPES = RELATION_TYPES.join('|');
const EVENT_TYPES = RELATION_TYPES.filter((t) => !RELATION_TYPE_INFO[t].role).join('|');

// Exact name 100, exact alias 90, name prefix 70, alias prefix 60, word prefix 40, substring 20; a
// capital, building or demonym the gazetteer maps to the actor ($via, see gazetteer-names.ts) scores
// 85 exact, 55 prefix, 35 word prefix; the best score counts; then degree.
const SEARCH = `MATCH (a:Actor)
WHERE $q = '' OR a.aliasText CONTAINS $q OR a.id IN $viaIds
WITH a, toLower(a.name) AS name, split(coalesce(a.aliasText, ''), '|') AS names
WHERE $type IS NULL OR a.type = $type
WITH a, CASE
  WHEN $q = '' THEN 0
  WHEN name = $q THEN 100
  WHEN $q IN names THEN 90
  WHEN name STARTS WITH $q THEN 70
  WHEN any(n IN names WHERE n STARTS WITH $q) THEN 60
  WHEN any(n IN names WHERE any(w IN split(n, ' ') WHERE w STARTS WITH $q)) THEN 40
  WHEN a.aliasText CONTAINS $q THEN 20
  ELSE 0 END AS own, $via[a.id] AS via
WITH a, CASE WHEN via IS NOT NULL AND via.score > own THEN via.score ELSE own END AS score,
     CASE WHEN via IS NOT NULL AND via.score > own THEN via.matched END AS matched
WITH a, score, matched, COUNT { (a)-[:${TYPES}]-() } AS degree
ORDER BY score DESC, degree DESC, a.name
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases,
       coalesce(a.discovered, false) AS discovered, degree, score, matched`;

const PROFILE = `MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:${TYPES}]-(o:Actor)
  RETURN count(r) AS degree,
         sum(CASE WHEN startNode(r) = a THEN 1 ELSE 0 END) AS outgoing,
         min(r.year) AS firstYear, max(r.year) AS lastYear,
         count(DISTINCT r.docId) AS documents
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:${TYPES}]-(:Actor)
  WITH type(r) AS type, count(r) AS n WHERE type IS NOT NULL
  RETURN collect([type, n]) AS byType
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:LEADS|MEMBER_OF]-(o:Actor)
  WITH r, o WHERE r IS NOT NULL
  WITH type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction, o, count(r) AS n
  RETURN collect({type: type, direction: direction, id: o.id, name: o.name, actorType: o.type, count: n}) AS roles
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:${EVENT_TYPES}]-(o:Actor)
  WITH o, r WHERE r IS NOT NULL
  WITH o, count(r) AS claims,
       sum(CASE WHEN startNode(r) = a THEN 1 ELSE 0 END) AS outgoing,
       sum(CASE WHEN r.negated THEN 0.0 ELSE r.weight END) AS weight,
       collect(DISTINCT type(r)) AS types
  ORDER BY claims DESC, o.name
  LIMIT $top
  RETURN collect({id: o.id, name: o.name, type: o.type, claims: claims, outgoing: outgoing, weight: weight, types: types}) AS counterparts
}
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases, coalesce(a.discovered, false) AS discovered,
       coalesce(a.affiliations, []) AS affiliations, degree, outgoing, firstYear, lastYear, documents, byType, roles, counterparts`;

interface CounterpartRow { id: string; name: string; type: string; claims: unknown; outgoing: unknown; weight: unknown; types: unknown }
interface RoleRow { type: string; direction: string; id: string; name: string; actorType: string; count: unknown }

export function createActorRepository(db: Db, names: readonly GazetteerName[] = gazetteerNames(gazetteerData as unknown as Gazetteer)) {
  return {
    async search(q: string, type: ActorType | undefined, limit: number): Promise<ActorSummary[]> {
      const text = q.trim().toLowerCase();
      const via = Object.fromEntries(matchGazetteerNames(names, text).map((m) => [m.actorId, { score: m.score, matched: m.matched }]));
      const rows = await readRows(db, SEARCH, { q: text, type: type ?? null, limit: neo4j.int(limit), via, viaIds: Object.keys(via) });
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        type: r.type as ActorType,
        aliases: toStringArray(r.aliases),
        discovered: r.discovered === true,
        degree: toInt(r.degree),
        score: toNumber(r.score),
        ...(typeof r.matched === 'string' ? { matched: r.matched } : {}),
      }));
    },

    async profile(id: string, top = 10): Promise<ActorProfile> {
      const [r] = await readRows(db, PROFILE, { id, top: neo4j.int(top) });
      if (!r) throw notFound('Actor', id);
      const degree = toInt(r.degree);
      const outgoing = toInt(r.outgoing);
      return {
        id: String(r.id),
        name: String(r.name),
        type: r.type as ActorType,
        aliases: toStringArray(r.aliases),
        discovered: r.discovered === true,
        affiliations: toStringArray(r.affiliations),
        degree,
        outgoing,
        incoming: degree - outgoing,
        firstYear: toNullableInt(r.firstYear),
        lastYear: toNullableInt(r.lastYear),
        documents: toInt(r.documents),
        claimsByType: Object.fromEntries((r.byType as [string, unknown][]).map(([t, n]) => [t, toInt(n)])),
        roles: (r.roles as RoleRow[]).map((x) => ({
          type: x.type as RelationType,
          direction: x.direction as 'out' | 'in',
          actor: { id: x.id, name: x.name, type: x.actorType as ActorType },
          count: toInt(x.count),
        })),
        topCounterparts: (r.counterparts as CounterpartRow[]).map((c) => ({
          id: c.id,
          name: c.name,
          type: c.type as ActorType,
          claims: toInt(c.claims),
          outgoing: toInt(c.outgoing),
          incoming: toInt(c.claims) - toInt(c.outgoing),
          weight: Math.round(toNumber(c.weight) * 1000) / 1000,
          types: toStringArray(c.types) as RelationType[],
        })),
      };
    },
  };
}
export type ActorRepository = ReturnType<typeof createActorRepository>;

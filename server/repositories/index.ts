// All repositories over one Db handle.
import type { ServerConfig } from '../config';
import { graphViewTooSlow } from '../errors';
import type { Db } from './db';
import { createActorRepository } from './actor-repository';
import { createClaimRepository } from './claim-repository';
import { createDocumentRepository } from './document-repository';
import { createGraphRepository } from './graph-repository';
import { createHealthRepository, dataVersion } from './health-repository';
import { cachedRead, createReadCache, invalidatingWrites } from './read-cache';
import { createPathRepository } from './path-repository';
import { createReviewRepository } from './review-repository';
import { createSavedQueryRepository } from './saved-query-repository';
import { createTimelineRepository } from './timeline-repository';

export function createRepositories(db: Db, config: ServerConfig) {
  const cache = createReadCache(config.cacheTtlMs, { version: () => dataVersion(db), shareLoads: config.shareLoads });
  const actors = createActorRepository(db);
  const claims = createClaimRepository(db);
  const graph = createGraphRepository({ ...db, timeoutMs: config.graphTimeoutMs, timeoutError: graphViewTooSlow });
  const health = createHealthRepository(db);
  const paths = createPathRepository(db);
  const timeline = createTimelineRepository(db);
  const documents = createDocumentRepository(db);
  const reviews = createReviewRepository(db);
  const queries = createSavedQueryRepository(db, { timeoutMs: config.queryTimeoutMs, rowCap: config.queryRowCap });
  // Every read answer goes through the one read cache (see read-cache.ts): the explorer and many
  // analysts repeat the same reads. Health is never cached: it must show an outage at once. Every
  // write of the server empties the cache, so it is visible to the next read whatever the data
  // version query sees; writes of other processes (worker, loader) move the data version.
  return {
    actors: {
      ...actors,
      search: cachedRead(cache, 'actors.search', actors.search.bind(actors)),
      profile: cachedRead(cache, 'actors.profile', actors.profile.bind(actors)),
    },
    claims: { ...claims, list: cachedRead(cache, 'claims.list', claims.list.bind(claims)) },
    documents: invalidatingWrites(cache, documents, ['submit', 'remove']),
    graph: { ...graph, graph: cachedRead(cache, 'graph', graph.graph.bind(graph)) },
    health: { ...health, stats: cachedRead(cache, 'stats', health.stats.bind(health)) },
    paths: { ...paths, paths: cachedRead(cache, 'paths', paths.paths.bind(paths)) },
    queries: invalidatingWrites(cache, queries, ['create', 'update', 'remove', 'seed']),
    timeline: { ...timeline, timeline: cachedRead(cache, 'timeline', timeline.timeline.bind(timeline)) },
    reviews: invalidatingWrites(cache, reviews, ['review', 'unreview', 'merge', 'promote', 'dismiss']),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

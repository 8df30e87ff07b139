// All repositories over one Db handle.
import type { ServerConfig } from '../config';
import type { Db } from './db';
import { createActorRepository } from './actor-repository';
import { createClaimRepository } from './claim-repository';
import { createDocumentRepository } from './document-repository';
import { createGraphRepository } from './graph-repository';
import { createHealthRepository } from './health-repository';
import { createReadCache } from './read-cache';
import { createPathRepository } from './path-repository';
import { createSavedQueryRepository } from './saved-query-repository';
import { createTimelineRepository } from './timeline-repository';

export function createRepositories(db: Db, config: ServerConfig) {
  const cache = createReadCache(config.cacheTtlMs);
  return {
    cache,
    actors: createActorRepository(db),
    claims: createClaimRepository(db),
    documents: createDocumentRepository(db),
    graph: createGraphRepository(db, cache),
    health: createHealthRepository(db, cache),
    paths: createPathRepository(db),
    queries: createSavedQueryRepository(db, { timeoutMs: config.queryTimeoutMs, rowCap: config.queryRowCap }),
    timeline: createTimelineRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

// All repositories over one Db handle.
import type { ServerConfig } from '../config';
import type { Db } from './db';
import { createGraphRepository } from './graph-repository';
import { createHealthRepository } from './health-repository';

export function createRepositories(db: Db, _config: ServerConfig) {
  return {
    graph: createGraphRepository(db),
    health: createHealthRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

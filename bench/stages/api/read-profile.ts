// `npm run bench -- profile`: where a cache-off read answer's time goes, one request at a time on the
// bench database: wall time, the API process's CPU, Neo4j's CPU (from /proc), the time spent waiting
// for query results (Neo4j work plus Bolt decoding), serialization and gzip, and the body sizes. Under
// 50 connections on 2 cores what bounds throughput is CPU per answer, on either side.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { ManagedTransaction, Session } from 'neo4j-driver';
import { buildApp } from '../../../server/app';
import { loadServerConfig } from '../../../server/config';
import { forEachInFlight } from '../../support/in-flight';
import { benchEnv, type BenchDatabase } from '../../support/neo4j';
import { endpointCases, probeData } from './endpoints';

export interface ProfileRow {
  name: string;
  requests: number;
  wallMs: number;
  nodeCpuMs: number;
  neo4jCpuMs: number | null;
  queryWaitMs: number;
  serializeMs: number;
  gzipMs: number;
  bodyKiB: number;
  gzipKiB: number;
}

function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/**
 * Times every transaction's and session's `run` (auto-commit statements: server/repositories/db.ts) from
 * the call until its records are in (Neo4j work plus Bolt decoding).
 */
function instrumentQueries(): { take(): number; byQuery: Map<string, number> } {
  let total = 0;
  const byQuery = new Map<string, number>();
  for (const proto of [ManagedTransaction.prototype, Session.prototype] as unknown as Array<{ run: (...a: unknown[]) => unknown }>) {
    const original = proto.run;
    proto.run = function run(this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const result = original.apply(this, args) as PromiseLike<unknown>;
      const name = String(args[0]).replace(/\s+/g, ' ').slice(0, 90);
      result.then(() => {
        const t = performance.now() - start;
        total += t;
        byQuery.set(name, (byQuery.get(name) ?? 0) + t);
      }, () => {});
      return result;
    };
  }
  return { take: () => { const t = total; total = 0; return t; }, byQuery };
}

export async function runReadProfile(db: BenchDatabase, options: { rounds: number; log: (m: string) => void; only?: string[]; inFlight?: number }): Promise<ProfileRow[]> {
  const inFlight = options.inFlight ?? 1;
  // As the api stage's cache-off server: no cache, no shared loads (concurrent identical requests each run
  // their own query), no rate limit in the way.
  const env = benchEnv({ ...process.env, API_TOKEN: 'profile-token-0', CACHE_TTL_MS: '0', CACHE_SHARE_LOADS: 'false', RATE_LIMIT_MAX: '10000000', LOG_LEVEL: 'warn' });
  const app = await buildApp({ driver: db.driver, config: loadServerConfig(env), logger: false });
  const queries = instrumentQueries();
  const probe = await probeData(db.driver);
  const rows: ProfileRow[] = [];
  try {
    for (const c of endpointCases(probe, null)) {
      if (c.variants.length === 0 || (options.only && !options.only.some((o) => c.name.includes(o)))) continue;
      for (const path of c.variants.slice(0, 3)) await app.inject({ method: 'GET', url: path }); // warm up
      // Bodies sized apart, untimed: what the route pays after the repository answers, on the same body.
      let serializeMs = 0;
      let gzipMs = 0;
      let body = 0;
      let gz = 0;
      for (const path of c.variants) {
        const res = await app.inject({ method: 'GET', url: path, headers: { 'accept-encoding': 'identity' } });
        if (res.statusCode !== 200) throw new Error(`profile: ${path} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
        const parsed: unknown = JSON.parse(res.body);
        const s0 = performance.now();
        const text = JSON.stringify(parsed);
        const s1 = performance.now();
        const zipped = gzipSync(Buffer.from(text), { level: 1 });
        const s2 = performance.now();
        serializeMs += s1 - s0;
        gzipMs += s2 - s1;
        body += text.length;
        gz += zipped.length;
      }
      const sized = c.variants.length;
      // The timed work: every variant once per round, `inFlight` requests at a time. With more than one
      // in flight, CPU is per answer over the whole run (it cannot be told apart per request) and the
      // wall time is each request's own, waits included.
      const order = Array.from({ length: options.rounds }, () => c.variants).flat();
      queries.take();
      queries.byQuery.clear();
      let wallMs = 0;
      const neoStart = processCpuMs(db.pid);
      const cpuStart = process.cpuUsage();
      await forEachInFlight(order, inFlight, async (path) => {
        const wallStart = performance.now();
        const res = await app.inject({ method: 'GET', url: path, headers: { 'accept-encoding': 'identity' } });
        wallMs += performance.now() - wallStart;
        if (res.statusCode !== 200) throw new Error(`profile: ${path} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      });
      const neoEnd = processCpuMs(db.pid);
      const cpu = process.cpuUsage(cpuStart);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const n = order.length;
      const row: ProfileRow = {
        name: c.name, requests: n, wallMs: wallMs / n, nodeCpuMs: cpuMs / n,
        neo4jCpuMs: neoStart === null || neoEnd === null ? null : (neoEnd - neoStart) / n, queryWaitMs: queries.take() / n,
        serializeMs: serializeMs / sized, gzipMs: gzipMs / sized, bodyKiB: body / sized / 1024, gzipKiB: gz / sized / 1024,
      };
      rows.push(row);
      if (process.env.PROFILE_QUERIES) for (const [q, t] of queries.byQuery) options.log(`  ${(t / n).toFixed(1)} ms  ${q}`);
      options.log(`profile: ${c.name}: ${JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v])))}`);
    }
  } finally {
    await app.close();
  }
  return rows;
}

const fmt = (v: number | null) => (v === null ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

export function renderProfile(claims: number, rows: ProfileRow[], inFlight = 1): string {
  const head = `| endpoint (varied, cache off, ${inFlight === 1 ? 'one at a time' : `${inFlight} in flight`}) | wall ms | API CPU ms | Neo4j CPU ms | query wait ms | JSON ms | gzip ms | body KiB | gzip KiB |`;
  const lines = rows.map((r) => `| ${r.name} | ${[r.wallMs, r.nodeCpuMs, r.neo4jCpuMs, r.queryWaitMs, r.serializeMs, r.gzipMs, r.bodyKiB, r.gzipKiB].map(fmt).join(' | ')} |`);
  return [`Read profile, ${claims.toLocaleString('en-US')} claims, per request:`, '', head, `|${' --- |'.repeat(9)}`, ...lines].join('\n');
}

// Stage 2, loading speed: claims/s of the project's batched loader (writeDocuments, one transaction
// per batch of documents) vs the naive one-transaction-per-claim loader, into the bench Neo4j, after a
// cost ladder of the claim relationships alone (ladderOnce).
import { publicationYear, type DocumentExtraction } from '../../../shared/contract';
import { claimProperties, writeDocuments } from '../../../documents/write-documents';
import { WriteQueue } from '../../../ingest/load/write-queue';
import { LADDER_STEPS, type LadderStep } from './ladder-steps';
import { datasetKey, extractionChunks, type DatasetSpec } from '../../generate/dataset';
import { withPeakMemory } from '../../report/memory';
import { summarize, type Summary } from '../../report/stats';
import { wipeDatabase, writeMarker, type BenchDatabase } from '../../support/neo4j';
import { naiveLoad } from './naive-loader';

export interface LoadStageOptions {
  /** Documents per writeDocuments call (one transaction each). */
  batchDocs: number;
  /** Write transactions in flight, as `ingest load --concurrency`. */
  concurrency: number;
  repeats: number;
  /** The naive loader writes at most this many claims (a sample at 1M; its rate is extrapolated). */
  naiveSample: number;
  log: (message: string) => void;
}

export interface LoaderRun {
  claims: number;
  documents: number;
  claimsPerSec: Summary;
  seconds: number[];
  peakNodeRssMiB: number;
  peakNeo4jRssMiB: number | null;
}

export interface LoadStageResult {
  targetClaims: number;
  batchDocs: number;
  concurrency: number;
  batched: LoaderRun;
  naive: LoaderRun & { sampled: boolean; extrapolatedSeconds: number };
  /** batched claims/s ÷ naive claims/s (medians). */
  ratio: number;
  /** Claim relationships alone, from bare to fully indexed (see ladderOnce); the batched run adds documents and mentions. */
  ladder: Array<{ step: LadderStep; claims: number; seconds: number; claimsPerSec: number }>;
}

const CHUNK_DOCS = 5000;

/**
 * Writes the dataset batch by batch (`concurrency` in flight, as `ingest load`); generation is untimed,
 * only the writes are on the clock.
 */
async function timedWrites(
  spec: DatasetSpec,
  batchDocs: number,
  concurrency: number,
  write: (batch: DocumentExtraction[]) => Promise<unknown>,
  progress?: (claims: number, seconds: number) => void,
) {
  let seconds = 0;
  let claims = 0;
  let documents = 0;
  for (const chunk of extractionChunks(spec, CHUNK_DOCS)) {
    const t0 = performance.now();
    const writes = new WriteQueue(concurrency);
    for (let i = 0; i < chunk.length; i += batchDocs) {
      const batch = chunk.slice(i, i + batchDocs);
      await writes.submit(async () => void (await write(batch)));
    }
    await writes.finish();
    seconds += (performance.now() - t0) / 1000;
    claims += chunk.reduce((sum, e) => sum + e.claims.length, 0);
    documents += chunk.length;
    progress?.(claims, seconds);
  }
  return { seconds, claims, documents };
}

/** One full batched load through the project's writeDocuments. */
export async function batchedLoad(db: BenchDatabase, spec: DatasetSpec, batchDocs: number, concurrency: number, log: (m: string) => void) {
  return timedWrites(spec, batchDocs, concurrency, (batch) => writeDocuments(db.driver, batch), (claims, seconds) => {
    if (spec.claims >= 100_000) log(`load: batched ${claims.toLocaleString('en-US')} claims, ${(claims / seconds).toFixed(0)} claims/s so far`);
  });
}

/**
 * Claim relationships only (no documents, mentions or actor updates; actors created untimed), same
 * transactions and concurrency as the batched load. `bare` is what Neo4j itself sustains here: a
 * bound no loader of the full model can pass; the next steps add the claim properties, then the
 * indexes, and the batched load adds documents and mentions.
 */
async function ladderOnce(db: BenchDatabase, spec: DatasetSpec, batchDocs: number, concurrency: number, step: LadderStep) {
  await wipeDatabase(db.driver);
  if (step !== 'indexed') {
    const { records } = await db.driver.executeQuery("SHOW INDEXES YIELD name, entityType WHERE entityType = 'RELATIONSHIP' RETURN name");
    for (const r of records) await db.driver.executeQuery(`DROP INDEX \`${r.get('name') as string}\``);
  }
  await db.driver.executeQuery('UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name})', { actors: spec.actors.map((a) => ({ id: a.id, name: a.name })) });
  const { claims, seconds } = await timedWrites(spec, batchDocs, concurrency, async (batch) => {
    const rows = batch.flatMap((e) => {
      const year = publicationYear(e.document.published);
      return e.claims.map((c) => ({ source: c.source, target: c.target, type: c.type, props: step === 'bare' ? { claimId: c.claimId } : claimProperties(c, year) }));
    });
    await db.driver.executeQuery(
      'UNWIND $rows AS c MATCH (s:Actor {id: c.source}) MATCH (t:Actor {id: c.target}) CREATE (s)-[r:$(c.type)]->(t) SET r = c.props',
      { rows },
    );
  });
  return { step, claims, seconds, claimsPerSec: claims / seconds };
}

async function naiveOnce(db: BenchDatabase, spec: DatasetSpec, sample: number) {
  const sampleSpec = { ...spec, claims: Math.min(spec.claims, sample) };
  const extractions = [...extractionChunks(sampleSpec, Number.MAX_SAFE_INTEGER)].flat();
  const t0 = performance.now();
  const claims = await naiveLoad(db.driver, extractions, sampleSpec.claims);
  return { seconds: (performance.now() - t0) / 1000, claims, documents: extractions.length };
}

export async function runLoadStage(db: BenchDatabase, spec: DatasetSpec, options: LoadStageOptions): Promise<LoadStageResult> {
  const naiveRuns: Array<{ seconds: number; claims: number; documents: number }> = [];
  const batchedRuns: typeof naiveRuns = [];
  let naiveNode = 0;
  let naiveNeo = 0;
  let batchedNode = 0;
  let batchedNeo = 0;
  const ladder = [];
  for (const step of Object.keys(LADDER_STEPS) as LadderStep[]) {
    const run = await ladderOnce(db, spec, options.batchDocs, options.concurrency, step);
    options.log(`load: ${LADDER_STEPS[step]}: ${run.claims} claims in ${run.seconds.toFixed(1)} s (${run.claimsPerSec.toFixed(0)} claims/s)`);
    ladder.push(run);
  }
  for (let r = 0; r < options.repeats; r++) {
    await wipeDatabase(db.driver);
    const naive = await withPeakMemory(() => naiveOnce(db, spec, options.naiveSample), db.pid);
    naiveRuns.push(naive.result);
    naiveNode = Math.max(naiveNode, naive.memory.nodeRssMiB);
    naiveNeo = Math.max(naiveNeo, naive.memory.otherRssMiB ?? 0);
    options.log(`load: naive ${naive.result.claims} claims in ${naive.result.seconds.toFixed(1)} s (${(naive.result.claims / naive.result.seconds).toFixed(0)} claims/s)`);

    await wipeDatabase(db.driver);
    const batched = await withPeakMemory(() => batchedLoad(db, spec, options.batchDocs, options.concurrency, options.log), db.pid);
    batchedRuns.push(batched.result);
    batchedNode = Math.max(batchedNode, batched.memory.nodeRssMiB);
    batchedNeo = Math.max(batchedNeo, batched.memory.otherRssMiB ?? 0);
    options.log(`load: batched ${batched.result.claims} claims in ${batched.result.seconds.toFixed(1)} s (${(batched.result.claims / batched.result.seconds).toFixed(0)} claims/s)`);
  }
  // The database is left holding the full batched load, ready for the API stage.
  await writeMarker(db.driver, datasetKey(spec));

  const toRun = (runs: typeof naiveRuns, node: number, neo: number): LoaderRun => ({
    claims: runs[0]?.claims ?? 0,
    documents: runs[0]?.documents ?? 0,
    claimsPerSec: summarize(runs.map((x) => x.claims / x.seconds)),
    seconds: runs.map((x) => x.seconds),
    peakNodeRssMiB: node,
    peakNeo4jRssMiB: db.pid ? neo : null,
  });
  const batched = toRun(batchedRuns, batchedNode, batchedNeo);
  const naive = toRun(naiveRuns, naiveNode, naiveNeo);
  return {
    targetClaims: spec.claims,
    batchDocs: options.batchDocs,
    concurrency: options.concurrency,
    batched,
    naive: { ...naive, sampled: naive.claims < batched.claims, extrapolatedSeconds: batched.claims / naive.claimsPerSec.median },
    ratio: batched.claimsPerSec.median / naive.claimsPerSec.median,
    ladder,
  };
}

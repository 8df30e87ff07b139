// Writes extracted documents into Neo4j: actors, the document, its mentions and one relationship per
// claim. A batch is one transaction, so a document is either fully loaded or not at all; re-writing an
// unchanged document is a no-op and a changed one has its earlier claims replaced atomically.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { publicationYear, type Actor, type Claim, type DocumentExtraction } from '../shared/contract';
import { isRelationType, RELATION_TYPES } from '../shared/vocabulary';
import type { ContributionRow } from '../neo4j/aggregate-contributions';
import { withEdgeAggregates } from '../neo4j/edge-aggregates';
import { writePublisherChanges, type PublisherTransition } from '../neo4j/publisher-tallies';
import { writtenContributionRows, type WrittenClaim } from '../neo4j/written-contributions';
import { applyActorDecisions } from '../review/actor-decisions';
import { readDecisionIndex } from '../review/actor-decision-store';
import { reapplyReviews } from '../review/claim-review-store';
import { HELD_BY_WORKER, underLock } from './queue';

export type WriteOutcome = 'loaded' | 'replaced' | 'unchanged';

export interface WriteResult {
  id: string;
  outcome: WriteOutcome;
  claims: number;
}

export interface WriteOptions {
  database?: string;
  /** Rewrite even when the stored sha256 and extractor version match. */
  force?: boolean;
  /**
   * Worker id holding the documents' claim. The write then aborts (LeaseLostError) unless every
   * document is still 'processing' under this worker, checked under the node's write lock, so a
   * document whose lease expired and was reclaimed is never written twice.
   */
  claimedBy?: string;
  /** Version of the extractor that produced the batch; recorded even for documents without claims. */
  extractorVersion?: string;
}

export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

interface ExistingDocument {
  id: string;
  sha256: string | null;
  status: string | null;
  extractorVersion: string | null;
}

export function actorProperties(actor: Actor): Record<string, unknown> {
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    aliasText: [actor.name, ...actor.aliases].map((a) => a.toLowerCase()).join('|'),
    discovered: actor.discovered,
    affiliations: actor.affiliations ?? [],
  };
}

export function claimProperties(claim: Claim, docPublishedYear: number | null): Record<string, unknown> {
  const { source: _s, target: _t, type: _type, doc, ...rest } = claim;
  return { ...rest, docId: doc, publishedYear: docPublishedYear };
}

function extractorVersionOf(extraction: DocumentExtraction, fallback?: string): string | null {
  return extraction.claims[0]?.extractorVersion ?? fallback ?? null;
}

async function readExisting(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ExistingDocument>> {
  const result = await tx.run(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.sha256 AS sha256, d.status AS status, d.extractorVersion AS extractorVersion',
    { ids },
  );
  return new Map(result.records.map((r) => [r.get('id') as string, r.toObject() as ExistingDocument]));
}

async function deleteEarlierClaims(tx: ManagedTransaction, ids: string[]): Promise<void> {
  // Every claim endpoint is an actor the document mentions, so claims are reached through MENTIONS.
  await tx.run(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})-[m:MENTIONS]->(a:Actor)
     OPTIONAL MATCH (a)-[r]->() WHERE r.docId = id
     DELETE r`,
    { ids },
  );
  await tx.run('UNWIND $ids AS id MATCH (:Document {id: id})-[m:MENTIONS]->() DELETE m', { ids });
}

async function checkClaims(tx: ManagedTransaction, ids: string[], worker: string): Promise<void> {
  const result = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (d:Document {id: id})
     ${underLock(HELD_BY_WORKER, 'held', 'id, ')}
     RETURN id, coalesce(held, false) AS held`,
    { ids, worker },
  );
  const lost = result.records.filter((r) => r.get('held') !== true).map((r) => r.get('id') as string);
  if (lost.length > 0) throw new LeaseLostError(`worker ${worker} no longer holds document(s) ${lost.join(', ')}.`);
}

/**
 * Writes the batch's actors, documents, mentions and `claims`; whether every claim was created (an
 * endpoint that is no actor drops one). Existing actors it rewrites are added to `retyped`; each
 * document's publisher before and after the write to `publishers`.
 */
async function writeBatch(
  tx: ManagedTransaction,
  extractions: DocumentExtraction[],
  claims: WrittenClaim[],
  retyped: Set<string>,
  publishers: PublisherTransition[],
  processedBy: string | null,
  extractorVersion?: string,
): Promise<boolean> {
  const actors = new Map<string, Record<string, unknown>>();
  for (const extraction of extractions) {
    for (const actor of extraction.actors) {
      // A gazetteer entry wins over a discovered actor of the same id.
      const current = actors.get(actor.id);
      if (!current || current.discovered) actors.set(actor.id, actorProperties(actor));
    }
  }
  // Hub actors recur in every batch: an unchanged one is not rewritten (write lock, index updates).
  // An existing actor rewritten may have a new type: named in `retyped` (its claims then count under it;
  // its type is read again under the lock of its tally, not compared here before this write's lock).
  const upserted = await tx.run(
    `UNWIND $actors AS a
     MERGE (x:Actor {id: a.id})
     ON CREATE SET x = a
     WITH x, a
     WHERE NOT (x.discovered = false AND a.discovered)
       AND coalesce(x {.id, .name, .type, .aliases, .aliasText, .discovered, .affiliations} <> a, true)
     SET x += a
     RETURN collect(x.id) AS retyped`,
    { actors: [...actors.values()] },
  );
  for (const id of (upserted.records[0]?.get('retyped') as string[] | undefined) ?? []) retyped.add(id);

  const documents: Array<{ props: Record<string, unknown>; mentions: ReturnType<typeof mentionsOf> }> = [];
  for (const e of extractions) {
    documents.push({
      props: {
        ...e.document,
        publishedYear: publicationYear(e.document.published),
        text: e.text,
        sha256: e.sha256,
        claimCount: e.claims.length,
        extractorVersion: extractorVersionOf(e, extractorVersion),
      },
      mentions: mentionsOf(e),
    });
  }
  // Mentions are CREATEd, not MERGEd (which walks a dense actor's relationships): a document being
  // written has none left, as it is new or deleteEarlierClaims just removed them. Its publisher before
  // the write is read after its write lock is taken (the SET with a direct dependency), so a concurrent
  // write of the same document is seen.
  const written = await tx.run(
    `UNWIND $documents AS doc
     MERGE (d:Document {id: doc.props.id})
     ON CREATE SET d.submittedAt = datetime()
     SET d.writeCount = coalesce(d.writeCount, 0) + 1
     WITH d, doc, d.publisher AS before
     SET d += doc.props, d.status = 'done', d.error = null, d.processedAt = datetime(),
         d.processedBy = $processedBy, d.workerId = null, d.leaseUntil = null
     WITH d, doc, before
     CALL (d, doc) {
       UNWIND doc.mentions AS m
       MATCH (a:Actor {id: m.actor})
       CREATE (d)-[:MENTIONS {count: m.count, offsets: m.offsets}]->(a)
     }
     RETURN collect([before, d.publisher]) AS publishers`,
    { documents, processedBy },
  );
  publishers.push(...((written.records[0]?.get('publishers') as PublisherTransition[] | undefined) ?? []));

  if (claims.length === 0) return true;
  // One statement for every type: the relationship type is a value here, not Cypher text.
  const created = await tx.run(
    `UNWIND $claims AS c
     MATCH (s:Actor {id: c.source})
     MATCH (t:Actor {id: c.target})
     CREATE (s)-[r:$(c.type)]->(t) SET r = c.props
     RETURN count(r) AS n`,
    { claims },
  );
  return Number(created.records[0]?.get('n')) === claims.length;
}

/** The claim relationships of a batch as writeBatch creates them. */
function claimsOf(extractions: DocumentExtraction[]): WrittenClaim[] {
  return extractions.flatMap((e) => {
    const year = publicationYear(e.document.published);
    return e.claims.map((c) => ({ source: c.source, target: c.target, type: relationType(c.type), props: claimProperties(c, year) }));
  });
}

/** Each mentioned actor once per document, with its offsets; claim endpoints are always linked, even when only reached through coreference. */
function mentionsOf(extraction: DocumentExtraction): Array<{ actor: string; count: number; offsets: number[] }> {
  const byActor = new Map<string, number[]>();
  for (const m of extraction.mentions) {
    const offsets = byActor.get(m.actor) ?? [];
    offsets.push(m.start, m.end);
    byActor.set(m.actor, offsets);
  }
  for (const c of extraction.claims) {
    for (const id of [c.source, c.target]) if (!byActor.has(id)) byActor.set(id, []);
  }
  return [...byActor].map(([actor, offsets]) => ({ actor, count: offsets.length / 2, offsets }));
}

function relationType(type: string): string {
  // The contract already restricts types; this keeps any other string from becoming a relationship type.
  if (!isRelationType(type)) throw new Error(`writeDocuments: unknown relation type "${type}". Expecting one of ${RELATION_TYPES.join(', ')}.`);
  return type;
}

/** The contribution rows of documents `ids`, from their claims (none for a document without claims). */
function contributionRowsOf(claims: WrittenClaim[], ids: string[]): Map<string, ContributionRow[]> {
  const rows = new Map(ids.map((id): [string, ContributionRow[]] => [id, []]));
  for (const row of writtenContributionRows(claims)) rows.get(row.docId)?.push(row);
  return rows;
}

/** Writes a batch of extracted documents in one transaction; returns what happened to each. */
export async function writeDocuments(
  driver: Driver,
  extractions: DocumentExtraction[],
  options: WriteOptions = {},
): Promise<WriteResult[]> {
  if (extractions.length === 0) return [];
  const ids = extractions.map((e) => e.document.id);
  if (new Set(ids).size !== ids.length) throw new Error('writeDocuments: a batch holds the same document id twice.');
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      if (options.claimedBy !== undefined) await checkClaims(tx, ids, options.claimedBy);
      const existing = await readExisting(tx, ids);
      // Analysts' merges, promotions and dismissals hold for every extraction written after them.
      const decisions = await readDecisionIndex(tx);
      const results: WriteResult[] = [];
      const toWrite: DocumentExtraction[] = [];
      for (const extracted of extractions) {
        const extraction = applyActorDecisions(extracted, decisions);
        const before = existing.get(extraction.document.id);
        const unchanged =
          !options.force &&
          before?.status === 'done' &&
          before.sha256 === extraction.sha256 &&
          before.extractorVersion === extractorVersionOf(extraction, options.extractorVersion);
        if (unchanged) {
          results.push({ id: extraction.document.id, outcome: 'unchanged', claims: 0 });
          continue;
        }
        toWrite.push(extraction);
        results.push({ id: extraction.document.id, outcome: before?.status === 'done' ? 'replaced' : 'loaded', claims: extraction.claims.length });
      }
      const written = toWrite.map((e) => e.document.id);
      const replaced = written.filter((id) => existing.has(id));
      // The edge aggregates follow the claims in this same transaction: old claims out, new claims in,
      // analysts' reviews applied again (review/claim-review-store.ts).
      const newDocuments = written.filter((id) => !existing.has(id));
      const claims = claimsOf(toWrite);
      const publishers: PublisherTransition[] = [];
      // New documents' claims count in the aggregates as written, unless a claim was not created or a
      // review waiting for the document changed them (then they are read back).
      await withEdgeAggregates(tx, written, async (confirmed, retyped) => {
        if (replaced.length > 0) await deleteEarlierClaims(tx, replaced);
        const allCreated = toWrite.length > 0 ? await writeBatch(tx, toWrite, claims, retyped, publishers, options.claimedBy ?? null, options.extractorVersion) : true;
        const reviewed = await reapplyReviews(tx, written);
        if (allCreated) for (const id of newDocuments) if (!reviewed.has(id)) confirmed.add(id);
      }, { newDocuments: new Set(newDocuments), expected: contributionRowsOf(claims, newDocuments) });
      // The distinct publishers of /api/stats: the transaction's last locks (publisher-tallies.ts).
      await writePublisherChanges(tx, publishers);
      return results;
    });
  } finally {
    await session.close();
  }
}

/**
 * Claim counts of the stored documents whose text and extractor version match (the same rule as
 * writeDocuments' 'unchanged'): the loader skips extracting them again.
 */
export async function unchangedClaimCounts(
  driver: Driver,
  docs: ReadonlyArray<{ id: string; sha256: string }>,
  version: string,
  database?: string,
): Promise<Map<string, number>> {
  if (docs.length === 0) return new Map();
  const { records } = await driver.executeQuery(
    `UNWIND $docs AS doc
     MATCH (d:Document {id: doc.id})
     WHERE d.status = 'done' AND d.sha256 = doc.sha256 AND d.extractorVersion = $version
     RETURN d.id AS id, coalesce(d.claimCount, 0) AS claims`,
    { docs, version },
    { database, routing: 'READ' },
  );
  return new Map(records.map((r) => [r.get('id') as string, r.get('claims') as number]));
}

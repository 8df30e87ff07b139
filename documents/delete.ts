// Deletion, the last step of a document's life: the document, its claims and mention links in one
// transaction (the edge aggregates lose its contribution in it too), then the actors found only in
// its text that it leaves with no claim and no mention.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { DocumentDeleteResponse } from '../shared/api';
import { RELATION_TYPES } from '../shared/vocabulary';
import { withEdgeAggregates } from '../neo4j/edge-aggregates';
import { writePublisherChanges } from '../neo4j/publisher-tallies';

// A document's claims, found through each type's docId index (not through its mentions, so a claim
// whose endpoint lost its mention link still goes), deleted; their endpoints are returned.
const DELETE_CLAIMS = `CALL () {
${RELATION_TYPES.map((t) => `  MATCH ()-[r:${t}]->() WHERE r.docId = $id RETURN r`).join('\n  UNION ALL\n')}
}
WITH r, startNode(r).id AS source, endNode(r).id AS target
DELETE r
RETURN count(*) AS claims, collect(source) + collect(target) AS ends`;

const count = (value: unknown) => (value === null || value === undefined ? 0 : neo4j.integer.toNumber(value as number));

/**
 * Deletes document `id` (null when there is none). A worker processing it loses its lease: its write
 * checks the document under the same lock, finds it gone and writes nothing (write-documents.ts).
 */
export async function deleteDocument(tx: ManagedTransaction, id: string): Promise<DocumentDeleteResponse | null> {
  // The write lock first: a concurrent worker write or second delete waits for this one.
  const found = await tx.run('MATCH (d:Document {id: $id}) SET d._LOCK_ = true RETURN d.id AS id', { id });
  if (found.records.length === 0) return null;
  const claimed = await withEdgeAggregates(tx, [id], async () => (await tx.run(DELETE_CLAIMS, { id })).records[0]);
  const mentioned = (await tx.run(
    `MATCH (d:Document {id: $id})
     OPTIONAL MATCH (d)-[m:MENTIONS]->(a:Actor)
     WITH d, d.publisher AS publisher, collect(a.id) AS actors
     DETACH DELETE d
     RETURN actors, publisher`,
    { id },
  )).records[0];
  const mentionedActors = (mentioned?.get('actors') as string[] | undefined) ?? [];
  const candidates = [...new Set([...((claimed?.get('ends') as string[] | undefined) ?? []), ...mentionedActors])];
  const orphans = await tx.run(
    `UNWIND $candidates AS candidate
     MATCH (a:Actor {id: candidate})
     WHERE a.discovered = true AND NOT EXISTS { (a)--() }
     WITH a, a.id AS removed
     DELETE a
     RETURN removed ORDER BY removed`,
    { candidates },
  );
  // The distinct publishers of /api/stats, last (publisher-tallies.ts: after every other lock).
  await writePublisherChanges(tx, [[mentioned?.get('publisher') ?? null, null]]);
  return {
    id,
    claims: count(claimed?.get('claims')),
    mentions: mentionedActors.length,
    actors: orphans.records.map((r) => r.get('removed') as string),
  };
}

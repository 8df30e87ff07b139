// Publisher tallies: (:PublisherTally {publisher, documents}) per publisher of at least one Document,
// whatever its status, so /api/stats counts the distinct publishers from the count store (one hit)
// instead of reading every document's publisher from the `document_publisher` index (96,931 hits at
// 1M claims). Kept in the transaction of every write of a Document's publisher (documents/: submit,
// write, delete, backup import), by the net change of that transaction, written last and in publisher
// order (the other summaries, stat-tallies.ts, are written before them), so transactions wait on them
// but never deadlock over them.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';

export const PUBLISHER_TALLY_LABEL = 'PublisherTally';

export function publisherTallySchemaStatements(): string[] {
  return ['CREATE CONSTRAINT publisher_tally_publisher IF NOT EXISTS FOR (p:PublisherTally) REQUIRE p.publisher IS UNIQUE'];
}

/** A Document's publisher before and after a write (null: none, or no document). */
export type PublisherTransition = readonly [before: unknown, after: unknown];

/**
 * Pure: the net change in documents per publisher of some documents' transitions, zero ones left out,
 * in publisher order (the lock order). A publisher is any stored value but null (count(DISTINCT) counts
 * each value once, strings and others alike); values are told apart as Neo4j tells them apart.
 */
export function publisherChanges(transitions: Iterable<PublisherTransition>): Array<{ publisher: unknown; n: number }> {
  const changes = new Map<string, { publisher: unknown; n: number }>();
  const add = (publisher: unknown, n: number) => {
    if (publisher === null || publisher === undefined) return;
    const key = JSON.stringify([typeof publisher, publisher]);
    const c = changes.get(key) ?? { publisher, n: 0 };
    c.n += n;
    changes.set(key, c);
  };
  for (const [before, after] of transitions) {
    add(before, -1);
    add(after, 1);
  }
  return [...changes].filter(([, c]) => c.n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}

// MERGE on the unique publisher: two transactions creating one publisher's tally make one node; the
// SET with a direct dependency locks it before it reads the count. A tally exists while its count is positive.
const PUBLISHER_TALLIES = `UNWIND $changes AS c
MERGE (p:PublisherTally {publisher: c.publisher})
ON CREATE SET p.documents = 0
SET p.documents = p.documents + c.n
WITH p WHERE p.documents <= 0
DELETE p`;

/** Writes the net change of a transaction's Document writes to the publisher tallies: the last write of the transaction. */
export async function writePublisherChanges(tx: ManagedTransaction, transitions: Iterable<PublisherTransition>): Promise<void> {
  const changes = publisherChanges(transitions).map((c) => ({ publisher: c.publisher, n: neo4j.int(c.n) }));
  if (changes.length > 0) await tx.run(PUBLISHER_TALLIES, { changes });
}

/** The tallies of a database's documents, from the documents (a database written before they existed, or after a rebuild dropped them). */
export async function buildPublisherTallies(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    `MATCH (d:Document) WHERE d.publisher IS NOT NULL
     WITH d.publisher AS publisher, count(*) AS documents
     CREATE (:PublisherTally {publisher: publisher, documents: documents})`,
  );
}

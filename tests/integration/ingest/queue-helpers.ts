// Helpers for worker tests: submit documents the way the API stores them, and read their state.
import type { Driver } from 'neo4j-driver';

export interface Submitted {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
}

export async function submitPending(driver: Driver, docs: Submitted[]): Promise<void> {
  await driver.executeQuery(
    `UNWIND $docs AS doc
     CREATE (d:Document {id: doc.id, title: doc.title, publisher: null, author: null, published: doc.published,
       url: null, language: 'en', text: doc.text, status: 'pending', submittedAt: datetime() + duration({milliseconds: doc.n})})`,
    { docs: docs.map((d, n) => ({ title: null, published: null, ...d, n })) },
  );
}

export interface DocState {
  id: string;
  status: string;
  error: string | null;
  writeCount: number | null;
  /** How many times a worker claimed it. */
  attempts: number | null;
  processedBy: string | null;
  workerId: string | null;
  claims: number;
}

export async function docStates(driver: Driver): Promise<DocState[]> {
  const { records } = await driver.executeQuery(
    `MATCH (d:Document)
     CALL (d) { MATCH ()-[r]->() WHERE r.docId = d.id RETURN count(r) AS claims }
     RETURN d.id AS id, d.status AS status, d.error AS error, d.writeCount AS writeCount, d.attempts AS attempts,
            d.processedBy AS processedBy, d.workerId AS workerId, claims
     ORDER BY id`,
  );
  return records.map((r) => r.toObject() as DocState);
}

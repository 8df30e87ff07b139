// The loader a user would write first: one write transaction per claim, MERGE both actors and the
// document, then CREATE the relationship. The baseline the batched loader is compared with.
import type { Driver } from 'neo4j-driver';
import { publicationYear, type DocumentExtraction } from '../../../shared/contract';
import { actorProperties, claimProperties } from '../../../documents/write-documents';

/** Writes up to `maxClaims` claims; returns how many it wrote. */
export async function naiveLoad(driver: Driver, extractions: Iterable<DocumentExtraction>, maxClaims: number): Promise<number> {
  const session = driver.session();
  let written = 0;
  try {
    for (const e of extractions) {
      const actors = new Map(e.actors.map((a) => [a.id, actorProperties(a)]));
      const year = publicationYear(e.document.published);
      for (const claim of e.claims) {
        if (written >= maxClaims) return written;
        // The relationship type comes from the closed RELATION_TYPES list of the contract.
        await session.executeWrite((tx) =>
          tx.run(
            `MERGE (s:Actor {id: $source.id}) ON CREATE SET s = $source
             MERGE (t:Actor {id: $target.id}) ON CREATE SET t = $target
             MERGE (d:Document {id: $doc.id}) ON CREATE SET d = $doc
             MERGE (d)-[:MENTIONS]->(s)
             MERGE (d)-[:MENTIONS]->(t)
             CREATE (s)-[r:${claim.type}]->(t) SET r = $props`,
            {
              source: actors.get(claim.source),
              target: actors.get(claim.target),
              doc: { id: e.document.id, title: e.document.title, publisher: e.document.publisher, published: e.document.published, publishedYear: year, text: e.text, sha256: e.sha256, status: 'done' },
              props: claimProperties(claim, year),
            },
          ),
        );
        written++;
      }
    }
    return written;
  } finally {
    await session.close();
  }
}

// The loader counts a new document's claims into the aggregates from the claims it writes, not read
// back (neo4j/written-contributions.ts): that must equal what Neo4j reads back for every field the
// aggregates key on (nulls, half-way weights, rejected claims), and a review already waiting for a
// document loaded again must still be counted as applied.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteDocument } from '../../../documents/delete';
import { claimProperties, writeDocuments } from '../../../documents/write-documents';
import { contributionsOf } from '../../../neo4j/aggregate-contributions';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';
import { readContributionRows } from '../../../neo4j/edge-aggregates';
import { writtenContributionRows } from '../../../neo4j/written-contributions';
import { findClaim, reviewClaim } from '../../../review/claim-review-store';
import { publicationYear, type Claim, type DocumentExtraction } from '../../../shared/contract';
import { cleanDatabase, testDriver } from '../../support/db';
import { buildExtraction } from '../../support/seed-graph';

const sentence = (year: number | null, negated = false) => ({
  text: 'Pakistan attacked the Taliban there.',
  claims: [{ source: 'pakistan', target: 'taliban', type: 'ATTACKED' as const, s: 'Pakistan', trigger: 'attacked', t: 'Taliban', year, negated }],
});

/** Claims whose fields go every way the contribution query reads them. */
function awkwardExtraction(id: string, publisher: string | null, published: string | null): DocumentExtraction {
  const e = buildExtraction({ id, title: `Title ${id}`, publisher: publisher as string, published: published as string, sentences: [sentence(2021), sentence(null, true), sentence(2021), sentence(2020), sentence(2021)] });
  // Half-way values of weight × 10⁶ (Cypher's round goes up: -2.5 → -2), a third, an unset weight, a rejected claim.
  const weights = [-0.0000025, 0.0000025, 1 / 3, -7.4999995, undefined];
  const claims = e.claims.map((c, i) => ({ ...c, weight: weights[i], modality: i === 3 ? 'reported' : c.modality, ...(i === 4 ? { rejected: true } : {}) }) as Claim);
  return { ...e, claims };
}

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('contributions computed from the written claims', () => {
  it('equal the claims read back from Neo4j, field by field', async () => {
    await cleanDatabase(driver);
    const extractions = [awkwardExtraction('doc-x', 'Dawn', '2022-05-01'), awkwardExtraction('doc-y', null, null)];
    await writeDocuments(driver, extractions);
    const written = extractions.flatMap((e) =>
      e.claims.map((c) => ({ source: c.source, target: c.target, type: c.type, props: claimProperties(c, publicationYear(e.document.published)) })),
    );
    const session = driver.session();
    try {
      const read = await session.executeRead((tx) => readContributionRows(tx, ['doc-x', 'doc-y']));
      expect(contributionsOf(writtenContributionRows(written))).toEqual(contributionsOf(read));
      expect(contributionsOf(read).documents).toEqual([{ id: 'doc-x', n: 4 }, { id: 'doc-y', n: 4 }]);
    } finally {
      await session.close();
    }
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('are not trusted for a new document that a review already judges', async () => {
    await cleanDatabase(driver);
    const doc = buildExtraction({ id: 'doc-r', title: 'Title doc-r', publisher: 'Dawn', published: '2022-05-01', sentences: [sentence(2021), sentence(2020)] });
    await writeDocuments(driver, [doc]);
    const session = driver.session();
    try {
      // Reject a claim, delete the document (its review stays), load it again: the review applies again.
      await session.executeWrite(async (tx) => {
        const claim = await findClaim(tx, doc.claims[0]!.claimId);
        await reviewClaim(tx, claim!, { verdict: 'rejected', reviewer: 'alice', at: '2026-01-01T00:00:00Z' });
      });
      await session.executeWrite((tx) => deleteDocument(tx, 'doc-r'));
    } finally {
      await session.close();
    }
    await writeDocuments(driver, [doc]);
    const rejected = await driver.executeQuery('MATCH ()-[r:ATTACKED]->() WHERE r.docId = $id AND r.rejected RETURN count(r) AS n', { id: 'doc-r' });
    expect(Number(rejected.records[0]?.get('n'))).toBe(1);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('are read back when a claim could not be written (an endpoint that is no actor)', async () => {
    await cleanDatabase(driver);
    const doc = buildExtraction({ id: 'doc-n', title: 'Title doc-n', publisher: 'Dawn', published: '2022-05-01', sentences: [sentence(2021), sentence(2020)] });
    const ghost = { ...doc, claims: doc.claims.map((c, i) => (i === 0 ? { ...c, target: 'no-such-actor' } : c)) };
    await writeDocuments(driver, [ghost]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });
});

// The pre-aggregated edges stay exact under every write: documents loaded, re-loaded with other claims,
// loaded unchanged, deleted through the API's repository, rebuilt — in a random order (fast-check),
// against the real Neo4j, each state compared with a recount from the claims.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../../../documents/write-documents';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';
import { rebuildEdgeAggregates, withEdgeAggregates } from '../../../neo4j/edge-aggregates';
import { createAvailability } from '../../../server/repositories/availability';
import { createDocumentRepository } from '../../../server/repositories/document-repository';
import { RELATION_TYPES, type RelationType } from '../../../shared/vocabulary';
import { cleanDatabase, testDriver } from '../../support/db';
import { buildExtraction } from '../../support/seed-graph';

const ACTORS = ['united-states', 'pakistan', 'taliban', 'cia'] as const;
const NAMES: Record<(typeof ACTORS)[number], string> = { 'united-states': 'United States', pakistan: 'Pakistan', taliban: 'Taliban', cia: 'CIA' };
const DOCS = ['doc-a', 'doc-b', 'doc-c', 'doc-d'] as const;
const PUBLISHERS: Record<(typeof DOCS)[number], string> = { 'doc-a': 'Reuters', 'doc-b': 'Dawn', 'doc-c': 'Reuters', 'doc-d': 'AP' };
const TYPES: RelationType[] = ['ATTACKED', 'SUPPORTS', 'WARNED'];

const claimArb = fc.record({
  source: fc.constantFrom(...ACTORS),
  target: fc.constantFrom(...ACTORS),
  type: fc.constantFrom(...TYPES),
  year: fc.constantFrom(2020, 2021, null),
  negated: fc.boolean(),
  modality: fc.constantFrom('asserted' as const, 'reported' as const),
});
type ClaimArb = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

/** A version of a document: its claims (one sentence each) and its publication year. */
const versionArb = fc.record({ claims: fc.array(claimArb, { maxLength: 5 }), published: fc.constantFrom('2021-03-01', '2022-07-09') });

const opArb = fc.oneof(
  // `separately`: one transaction per document, so the later ones add to aggregates the first created.
  fc.record({ kind: fc.constant('load' as const), docs: fc.uniqueArray(fc.constantFrom(...DOCS), { minLength: 1, maxLength: 3 }), version: versionArb, separately: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), doc: fc.constantFrom(...DOCS) }),
  fc.record({ kind: fc.constant('reject' as const), doc: fc.constantFrom(...DOCS) }),
  fc.record({ kind: fc.constant('rebuild' as const) }),
);

function extraction(doc: (typeof DOCS)[number], version: { claims: ClaimArb[]; published: string }) {
  return buildExtraction({
    id: doc, title: `Title of ${doc}`, publisher: PUBLISHERS[doc], published: version.published,
    sentences: version.claims.map((c) => ({
      text: `${NAMES[c.source]} acted on ${NAMES[c.target]} here.`,
      claims: [{ source: c.source, target: c.target, type: c.type, s: NAMES[c.source], trigger: 'acted on', t: NAMES[c.target], year: c.year, negated: c.negated, modality: c.modality }],
    })),
  });
}

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('edge aggregates', () => {
  it('equal a recount from the claims after any sequence of loads, replacements, deletions, rejections and rebuilds', async () => {
    const repo = createDocumentRepository({ driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(driver, 'neo4j') });
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
        await driver.executeQuery('MATCH (n) DETACH DELETE n');
        for (const op of ops) {
          if (op.kind === 'load') {
            // Several documents, the same version for each (re-loading an unchanged one is a no-op).
            const batches = op.separately ? op.docs.map((d) => [d]) : [op.docs];
            for (const batch of batches) await writeDocuments(driver, batch.map((d) => extraction(d, op.version)));
          } else if (op.kind === 'delete') {
            await repo.remove(op.doc).catch((e: unknown) => {
              if ((e as { statusCode?: number }).statusCode !== 404) throw e;
            });
          } else if (op.kind === 'reject') {
            // What a review does (issue 14): mark a claim rejected, through the same primitive.
            const session = driver.session();
            try {
              await session.executeWrite((tx) => withEdgeAggregates(tx, [op.doc], async () => {
                await tx.run(`MATCH ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.docId = $doc WITH r ORDER BY r.claimId LIMIT 1 SET r.rejected = true`, { doc: op.doc });
              }));
            } finally {
              await session.close();
            }
          } else {
            await rebuildEdgeAggregates(driver);
          }
          expect(await edgeAggregateDifferences(driver), JSON.stringify(op)).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('adds to an aggregate another document already holds (its row and sorted documents rebuilt)', async () => {
    await cleanDatabase(driver);
    const version = { claims: [{ source: 'cia', target: 'taliban', type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' }] as ClaimArb[], published: '2021-03-01' };
    await writeDocuments(driver, [extraction('doc-c', version)]);
    await writeDocuments(driver, [extraction('doc-a', version)]);
    const rows = await driver.executeQuery('MATCH (e:EdgeAggregate) RETURN e.count AS n, e.docs AS docs');
    expect(rows.records.map((r) => r.toObject())).toEqual([{ n: 2, docs: ['doc-a', 'doc-c'] }]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('finds a stored aggregate that is off (the check can fail)', async () => {
    await cleanDatabase(driver);
    await writeDocuments(driver, [extraction('doc-a', { claims: [{ source: 'cia', target: 'taliban', type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' }], published: '2021-03-01' })]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    await driver.executeQuery('MATCH (e:EdgeAggregate) SET e.count = e.count + 1');
    expect((await edgeAggregateDifferences(driver)).join('\n')).toMatch(/EdgeAggregate .* stored .*"count":2/);
  });
});

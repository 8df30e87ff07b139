// The pre-aggregated edges, the stats' summary and the publisher tallies stay exact under every write:
// documents submitted, loaded, re-loaded with other claims, another publisher or other actor types,
// loaded unchanged, deleted through the API's repository, claims reviewed and unreviewed, actors promoted, merged and dismissed, a backup exported
// and imported, rebuilt — in a random order (fast-check), against the real Neo4j, each state compared
// with a recount from the claims.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../documents/backup';
import { writeDocuments } from '../../../documents/write-documents';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';
import { ensureEdgeAggregates, rebuildEdgeAggregates, withEdgeAggregates } from '../../../neo4j/edge-aggregates';
import { createAvailability } from '../../../server/repositories/availability';
import { createDocumentRepository } from '../../../server/repositories/document-repository';
import { createReviewRepository } from '../../../server/repositories/review-repository';
import { RELATION_TYPES, type ActorType, type RelationType } from '../../../shared/vocabulary';
import { cleanDatabase, testDriver } from '../../support/db';
import { buildExtraction, seedGraph } from '../../support/seed-graph';

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

/**
 * A version of a document: its claims (one sentence each), its publication year, and a type its
 * extraction gives one actor (the loader writes it over the stored one).
 */
const versionArb = fc.record({
  claims: fc.array(claimArb, { maxLength: 5 }),
  published: fc.constantFrom('2021-03-01', '2022-07-09'),
  // Another publisher than the document's usual one (undefined), or none.
  publisher: fc.constantFrom(undefined, 'Reuters', 'AP', null),
  retype: fc.option(fc.record({ actor: fc.constantFrom(...ACTORS), type: fc.constantFrom<ActorType>('organization', 'state') }), { nil: undefined }),
});
const actorArb = fc.constantFrom(...ACTORS);

const opArb = fc.oneof(
  // `separately`: one transaction per document, so the later ones add to aggregates the first created.
  // Loads weigh 4 of the 17: a sequence then often re-loads a document it loaded or submitted.
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('load' as const), docs: fc.uniqueArray(fc.constantFrom(...DOCS), { minLength: 1, maxLength: 3 }), version: versionArb, separately: fc.boolean() }),
  },
  fc.record({ kind: fc.constant('delete' as const), doc: fc.constantFrom(...DOCS) }),
  fc.record({ kind: fc.constant('submit' as const), doc: fc.constantFrom(...DOCS), publisher: fc.constantFrom('Dawn', 'AP', null) }),
  fc.record({ kind: fc.constant('reject' as const), doc: fc.constantFrom(...DOCS) }),
  fc.record({ kind: fc.constant('rebuild' as const) }),
  fc.record({
    kind: fc.constant('review' as const),
    doc: fc.constantFrom(...DOCS),
    body: fc.constantFrom(
      { verdict: 'rejected' as const },
      { verdict: 'confirmed' as const },
      { verdict: 'corrected' as const, correction: { type: 'SUPPORTS' as const, year: 2019 } },
      { verdict: 'corrected' as const, correction: { modality: 'speculative' as const, negated: true } },
      { verdict: 'corrected' as const, correction: { target: 'cia' } },
    ),
  }),
  fc.record({ kind: fc.constant('unreview' as const), doc: fc.constantFrom(...DOCS) }),
  fc.record({ kind: fc.constant('promote' as const), actor: actorArb, type: fc.constantFrom<ActorType>('person', 'armed_group') }),
  fc.record({ kind: fc.constant('merge' as const), actor: actorArb, into: actorArb }),
  fc.record({ kind: fc.constant('dismiss' as const), actor: actorArb }),
  fc.record({ kind: fc.constant('backup' as const) }),
);

function extraction(doc: (typeof DOCS)[number], version: { claims: ClaimArb[]; published: string; publisher?: string | null; retype?: { actor: string; type: ActorType } }) {
  const e = buildExtraction({
    id: doc, title: `Title of ${doc}`, publisher: PUBLISHERS[doc], published: version.published,
    sentences: version.claims.map((c) => ({
      text: `${NAMES[c.source]} acted on ${NAMES[c.target]} here.`,
      claims: [{ source: c.source, target: c.target, type: c.type, s: NAMES[c.source], trigger: 'acted on', t: NAMES[c.target], year: c.year, negated: c.negated, modality: c.modality }],
    })),
  });
  const { retype } = version;
  const published = version.publisher === undefined ? e : { ...e, document: { ...e.document, publisher: version.publisher } };
  return retype ? { ...published, actors: e.actors.map((a) => (a.id === retype.actor ? { ...a, type: retype.type } : a)) } : published;
}

/** The first claim of `doc` (by id), or undefined. */
async function firstClaim(doc: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(`MATCH ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.docId = $doc RETURN r.claimId AS id ORDER BY id LIMIT 1`, { doc });
  return records[0]?.get('id') as string | undefined;
}

/** A write the API refuses (404 for a claim or actor that is gone, 400 for a merge into itself or a self-link): no change. */
const refused = (e: unknown) => {
  if (![400, 404].includes((e as { statusCode?: number }).statusCode ?? 0)) throw e;
};

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
    const db = { driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(driver, 'neo4j') };
    const repo = createDocumentRepository(db);
    const reviews = createReviewRepository(db);
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
          } else if (op.kind === 'submit') {
            // A pending document (no claims until the worker writes it); 409 when its id is stored.
            await repo.submit({ id: op.doc, text: `Submitted text of ${op.doc}.`, publisher: op.publisher }).catch((e: unknown) => {
              if ((e as { statusCode?: number }).statusCode !== 409) throw e;
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
          } else if (op.kind === 'review') {
            const claim = await firstClaim(op.doc);
            if (claim) await reviews.review(claim, op.body, 'tester').catch(refused);
          } else if (op.kind === 'unreview') {
            const claim = await firstClaim(op.doc);
            if (claim) await reviews.unreview(claim).catch(refused);
          } else if (op.kind === 'promote') {
            await reviews.promote(op.actor, { type: op.type }, 'tester').catch(refused);
          } else if (op.kind === 'merge') {
            await reviews.merge(op.actor, op.into, 'tester').catch(refused);
          } else if (op.kind === 'dismiss') {
            await reviews.dismiss(op.actor, 'tester').catch(refused);
          } else if (op.kind === 'backup') {
            await importBackup(driver, JSON.parse(JSON.stringify(await exportBackup(driver))), { force: true });
          } else {
            await rebuildEdgeAggregates(driver);
          }
          expect(await edgeAggregateDifferences(driver), JSON.stringify(op)).toEqual([]);
        }
      }),
      { numRuns: 40 },
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

  it("moves an actor's claims to its new type when a re-load retypes it without changing its claim count", async () => {
    await cleanDatabase(driver);
    const claim = (target: (typeof ACTORS)[number]): ClaimArb => ({ source: 'cia', target, type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' });
    await writeDocuments(driver, [extraction('doc-a', { claims: [claim('taliban')], published: '2021-03-01' })]);
    await writeDocuments(driver, [extraction('doc-a', { claims: [claim('pakistan')], published: '2021-03-01', retype: { actor: 'cia', type: 'organization' } })]);
    const { records } = await driver.executeQuery("MATCH (s:StatTally {dim: 'actorType'}) RETURN s.value AS type, s.count AS n ORDER BY type");
    expect(records.map((r) => r.toObject())).toEqual([{ type: 'organization', n: 1 }, { type: 'state', n: 1 }]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('stay exact under concurrent writes sharing actors (loads, a re-type, a promotion, a deletion at once)', async () => {
    await cleanDatabase(driver);
    const db = { driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(driver, 'neo4j') };
    const claim = (source: (typeof ACTORS)[number], target: (typeof ACTORS)[number]): ClaimArb => ({ source, target, type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' });
    await writeDocuments(driver, [extraction('doc-d', { claims: [claim('pakistan', 'cia')], published: '2021-03-01' })]);
    // Each round changes every document's claims on the shared actors (their counts move up and down)
    // and swaps two actors' types.
    const times = (n: number, c: ClaimArb) => Array.from({ length: n }, () => c);
    for (let round = 0; round < 8; round++) {
      const n = 1 + (round % 3);
      await Promise.all([
        writeDocuments(driver, [extraction('doc-a', { claims: [...times(n, claim('cia', 'taliban')), claim('taliban', 'pakistan')], published: '2021-03-01', retype: { actor: 'taliban', type: round % 2 === 0 ? 'organization' : 'state' } })]),
        writeDocuments(driver, [extraction('doc-b', { claims: [...times(4 - n, claim('taliban', 'cia')), claim('united-states', 'pakistan')], published: '2022-07-09' })]),
        writeDocuments(driver, [extraction('doc-c', { claims: times(n, claim('cia', 'pakistan')), published: '2021-03-01', publisher: round % 2 === 0 ? 'Dawn' : 'Reuters' })]),
        createReviewRepository(db).promote('pakistan', { type: round % 2 === 0 ? 'person' : 'state' }, 'tester'),
        round === 5 ? createDocumentRepository(db).remove('doc-d') : Promise.resolve(),
      ]);
      expect(await edgeAggregateDifferences(driver), `round ${round}`).toEqual([]);
    }
  });

  it("builds the stats' summary of a database written before it existed from the aggregates, without rebuilding them", async () => {
    await cleanDatabase(driver);
    await seedGraph(driver);
    const db = { driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(driver, 'neo4j') };
    await createReviewRepository(db).promote('khorasan-cell', { type: 'organization' }, 'tester');
    const claim = await firstClaim('dawn-2011-raid');
    if (claim) await createReviewRepository(db).review(claim, { verdict: 'rejected' }, 'tester');
    await driver.executeQuery('MATCH (n) WHERE n:StatTally OR n:ActorTally DETACH DELETE n');
    const aggregateIds = async () => (await driver.executeQuery('MATCH (e:EdgeAggregate) RETURN collect(elementId(e)) AS ids')).records[0]?.get('ids') as string[];
    const before = await aggregateIds();
    await ensureEdgeAggregates(driver);
    expect(await aggregateIds()).toEqual(before);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (s:StatTally) RETURN count(s) AS n');
    expect(Number(records[0]?.get('n'))).toBeGreaterThan(10);
  });

  it('builds the publisher tallies of a database written before they existed, documents without claims included', async () => {
    await cleanDatabase(driver);
    await seedGraph(driver);
    const db = { driver, database: 'neo4j', timeoutMs: 30_000, availability: createAvailability(driver, 'neo4j') };
    await createDocumentRepository(db).submit({ id: 'pending-doc', text: 'A text the worker has not read.', publisher: 'Pending Press' });
    const before = await driver.executeQuery('MATCH (p:PublisherTally) RETURN p.publisher AS p, p.documents AS n ORDER BY p');
    await driver.executeQuery('MATCH (p:PublisherTally) DELETE p');
    await ensureEdgeAggregates(driver);
    const after = await driver.executeQuery('MATCH (p:PublisherTally) RETURN p.publisher AS p, p.documents AS n ORDER BY p');
    expect(after.records.map((r) => r.toObject())).toEqual(before.records.map((r) => r.toObject()));
    expect(after.records.map((r) => r.get('p'))).toContain('Pending Press');
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('finds a publisher tally that is off, missing or left over', async () => {
    await cleanDatabase(driver);
    await writeDocuments(driver, [extraction('doc-a', { claims: [], published: '2021-03-01' }), extraction('doc-b', { claims: [], published: '2021-03-01' })]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    await driver.executeQuery("MATCH (p:PublisherTally {publisher: 'Reuters'}) SET p.documents = 2");
    await driver.executeQuery("MATCH (p:PublisherTally {publisher: 'Dawn'}) DELETE p");
    await driver.executeQuery("CREATE (:PublisherTally {publisher: 'AP', documents: 1})");
    const differences = (await edgeAggregateDifferences(driver)).join('\n');
    expect(differences).toMatch(/PublisherTally "Reuters": stored 2, recounted 1/);
    expect(differences).toMatch(/PublisherTally "Dawn": stored undefined, recounted 1/);
    expect(differences).toMatch(/PublisherTally "AP": stored 1, no claim left/);
  });

  it('finds a stat tally or an actor tally that is off', async () => {
    await cleanDatabase(driver);
    await writeDocuments(driver, [extraction('doc-a', { claims: [{ source: 'cia', target: 'taliban', type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' }], published: '2021-03-01' })]);
    await driver.executeQuery("MATCH (s:StatTally {dim: 'modality'}) SET s.count = s.count + 1");
    await driver.executeQuery("MATCH (t:ActorTally {actor: 'cia'}) SET t.type = 'person'");
    const differences = (await edgeAggregateDifferences(driver)).join('\n');
    expect(differences).toMatch(/StatTally "modality.*stored .*"n":2/);
    expect(differences).toMatch(/ActorTally "cia": stored .*"type":"person"/);
  });

  it('finds a stored aggregate that is off (the check can fail)', async () => {
    await cleanDatabase(driver);
    await writeDocuments(driver, [extraction('doc-a', { claims: [{ source: 'cia', target: 'taliban', type: 'ATTACKED', year: 2021, negated: false, modality: 'asserted' }], published: '2021-03-01' })]);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    await driver.executeQuery('MATCH (e:EdgeAggregate) SET e.count = e.count + 1');
    expect((await edgeAggregateDifferences(driver)).join('\n')).toMatch(/EdgeAggregate .* stored .*"count":2/);
  });
});

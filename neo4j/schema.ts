// Constraints and indexes, created idempotently (IF NOT EXISTS) at start-up and before loading.
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../shared/vocabulary';
import { edgeAggregateSchemaStatements, ensureEdgeAggregates, RETIRED_EDGE_AGGREGATE_INDEXES } from './edge-aggregates';

// Claim properties the API filters on, indexed per relationship type (Neo4j indexes are per type).
const CLAIM_INDEXED_PROPERTIES = ['claimId', 'year', 'docId', 'publishedYear'] as const;

export function schemaStatements(): string[] {
  const statements = [
    'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
    'CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE',
    // Set by API uploads (the text's sha256): two concurrent uploads of one text cannot both be stored.
    'CREATE CONSTRAINT document_content_key IF NOT EXISTS FOR (d:Document) REQUIRE d.contentKey IS UNIQUE',
    // Analysts' reviews (review/claim-review-store.ts): one per anchor, found by claim and by document.
    'CREATE CONSTRAINT review_id IF NOT EXISTS FOR (v:Review) REQUIRE v.id IS UNIQUE',
    'CREATE INDEX review_claim_id IF NOT EXISTS FOR (v:Review) ON (v.claimId)',
    'CREATE INDEX review_doc_id IF NOT EXISTS FOR (v:Review) ON (v.docId)',
    'CREATE CONSTRAINT actor_decision_id IF NOT EXISTS FOR (x:ActorDecision) REQUIRE x.id IS UNIQUE',
    'CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type)',
    'CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)',
    'CREATE INDEX document_status IF NOT EXISTS FOR (d:Document) ON (d.status)',
    'CREATE INDEX document_publisher IF NOT EXISTS FOR (d:Document) ON (d.publisher)',
    'CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256)',
    // The API's data-version check reads the latest processedAt (server/repositories/health-repository.ts).
    'CREATE INDEX document_processed_at IF NOT EXISTS FOR (d:Document) ON (d.processedAt)',
    // /api/stats lists the documents with the most counted claims first.
    'CREATE INDEX document_aggregated_claims IF NOT EXISTS FOR (d:Document) ON (d.aggregatedClaims)',
    'CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]',
  ];
  for (const type of RELATION_TYPES) {
    for (const property of CLAIM_INDEXED_PROPERTIES) {
      statements.push(
        `CREATE INDEX claim_${type.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
      );
    }
  }
  statements.push(...edgeAggregateSchemaStatements());
  return statements;
}

/** Creates the constraints and indexes this version uses (and drops retired ones), then waits for them. */
export async function ensureIndexes(driver: Driver, database?: string): Promise<void> {
  for (const name of RETIRED_EDGE_AGGREGATE_INDEXES) await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database });
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  await ensureIndexes(driver, database);
  await ensureEdgeAggregates(driver, database);
}

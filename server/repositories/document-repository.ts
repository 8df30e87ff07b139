// /api/documents: listing, text with annotations, submissions stored as pending for the worker, and
// deletion (the document, its claims and mentions, and the discovered actors it leaves unconnected).
import neo4j from 'neo4j-driver';
import type {
  DocumentDeleteResponse, DocumentDetail, DocumentListQuery, DocumentListResponse, DocumentSubmit, DocumentSummary, DocumentMention,
} from '../../shared/api';
import { withEdgeAggregates } from '../../neo4j/edge-aggregates';
import { publicationYear } from '../../shared/contract';
import { RELATION_TYPES, type ActorType } from '../../shared/vocabulary';
import { conflict, notFound } from '../errors';
import { CLAIM_PROJECTION, presentClaim } from '../presenters/claim-presenter';
import { expandMentions, presentDocument } from '../presenters/document-presenter';
import { toInt } from '../presenters/values';
import { sha256Hex } from '../../text/content-hash';
import { readRows, readTx, writeTx, type Db } from './db';

const isConstraintViolation = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

const SUMMARY = 'd {.*, text: null} AS doc';

// A document's claims, found through each type's docId index (not through its mentions, so a claim
// whose endpoint lost its mention link still goes), deleted; their endpoints are returned.
const DELETE_CLAIMS = `CALL () {
${RELATION_TYPES.map((t) => `  MATCH ()-[r:${t}]->() WHERE r.docId = $id RETURN r`).join('\n  UNION ALL\n')}
}
WITH r, startNode(r).id AS source, endNode(r).id AS target
DELETE r
RETURN count(*) AS claims, collect(source) + collect(target) AS ends`;

export function createDocumentRepository(db: Db) {
  return {
    async list(query: DocumentListQuery): Promise<DocumentListResponse> {
      const limit = query.limit ?? 100;
      const offset = query.offset ?? 0;
      const params = {
        q: query.q?.toLowerCase() ?? null,
        status: query.status ?? null,
        publisher: query.publisher ?? null,
        limit: neo4j.int(limit),
        offset: neo4j.int(offset),
      };
      const where = `($status IS NULL OR d.status = $status) AND ($publisher IS NULL OR d.publisher = $publisher)
  AND ($q IS NULL OR toLower(d.id) CONTAINS $q OR toLower(coalesce(d.title, '')) CONTAINS $q OR toLower(coalesce(d.publisher, '')) CONTAINS $q)`;
      return readTx(db, async (tx) => {
        const total = toInt((await tx.run(`MATCH (d:Document) WHERE ${where} RETURN count(d) AS n`, params)).records[0]?.get('n'));
        const rows = await tx.run(
          `MATCH (d:Document) WHERE ${where}
           RETURN ${SUMMARY} ORDER BY d.published DESC, d.id SKIP $offset LIMIT $limit`,
          params,
        );
        return { documents: rows.records.map((r) => presentDocument(r.get('doc'))), total, limit, offset };
      });
    },

    async detail(id: string): Promise<DocumentDetail> {
      return readTx(db, async (tx) => {
        const doc = (await tx.run('MATCH (d:Document {id: $id}) RETURN d {.*} AS doc', { id })).records[0];
        if (!doc) throw notFound('Document', id);
        const props = doc.get('doc') as Record<string, unknown>;
        const mentionRows = await tx.run(
          'MATCH (:Document {id: $id})-[m:MENTIONS]->(a:Actor) RETURN a.id AS actor, a.name AS name, a.type AS type, m.offsets AS offsets',
          { id },
        );
        // Every claim endpoint is mentioned by its document, so claims are reached through MENTIONS.
        const claimRows = await tx.run(
          `MATCH (d:Document {id: $id})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
           WHERE r.docId = $id
           RETURN ${CLAIM_PROJECTION} ORDER BY r.sentenceStart, r.triggerStart, r.claimId`,
          { id },
        );
        return {
          ...presentDocument(props),
          text: String(props.text ?? ''),
          mentions: expandMentions(mentionRows.records.map((r) => r.toObject() as { actor: string; name: string; type: string; offsets: unknown })) as Array<DocumentMention & { type: ActorType }>,
          claims: claimRows.records.map((r) => presentClaim(r.get('claim'))),
        };
      });
    },

    async status(id: string): Promise<DocumentSummary> {
      const doc = await readTx(db, async (tx) => (await tx.run(`MATCH (d:Document {id: $id}) RETURN ${SUMMARY}`, { id })).records[0]);
      if (!doc) throw notFound('Document', id);
      return presentDocument(doc.get('doc'));
    },

    /**
     * Deletes a document with its claims and mention links in one transaction, then the actors it
     * leaves with no claim and no mention that are not in the gazetteer (`discovered`). A worker
     * processing it loses its lease (its write checks the document under the same lock) and writes
     * nothing.
     */
    async remove(id: string): Promise<DocumentDeleteResponse> {
      return writeTx(db, async (tx) => {
        // The write lock first: a concurrent worker write or second delete waits for this one.
        const found = await tx.run('MATCH (d:Document {id: $id}) SET d._LOCK_ = true RETURN d.id AS id', { id });
        if (found.records.length === 0) throw notFound('Document', id);
        // The document's contribution leaves the edge aggregates with its claims (same transaction).
        const claimed = await withEdgeAggregates(tx, [id], async () => (await tx.run(DELETE_CLAIMS, { id })).records[0]);
        const mentioned = (await tx.run(
          `MATCH (d:Document {id: $id})
           OPTIONAL MATCH (d)-[m:MENTIONS]->(a:Actor)
           WITH d, collect(a.id) AS actors
           DETACH DELETE d
           RETURN actors`,
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
        return {
          id,
          claims: toInt(claimed?.get('claims')),
          mentions: mentionedActors.length,
          actors: orphans.records.map((r) => r.get('removed') as string),
        };
      });
    },

    /** Stores a submitted text as a pending Document for the worker; refuses an id or text already stored. */
    async submit(input: DocumentSubmit): Promise<DocumentSummary> {
      const sha256 = sha256Hex(input.text);
      const id = input.id ?? `upload-${sha256.slice(0, 16)}`;
      const published = input.published ?? null;
      const year = publicationYear(published);
      const props = {
        id,
        title: input.title ?? null,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        published,
        publishedYear: year === null ? null : neo4j.int(year),
        url: input.url ?? null,
        language: input.language ?? null,
        text: input.text,
        sha256,
        status: 'pending',
        error: null,
        claimCount: neo4j.int(0),
      };
      const sameText = (existingId: unknown) =>
        conflict(`The same text is already stored as document ${JSON.stringify(existingId)}; see /api/documents/${encodeURIComponent(String(existingId))}/status.`);
      const sameId = () => conflict(`Document ${JSON.stringify(id)} already exists; see /api/documents/${encodeURIComponent(id)}/status.`);
      try {
        return await writeTx(db, async (tx) => {
          const existing = await tx.run(
            'OPTIONAL MATCH (a:Document {id: $id}) OPTIONAL MATCH (b:Document {sha256: $sha256}) RETURN a.id AS byId, b.id AS bySha LIMIT 1',
            { id, sha256 },
          );
          const row = existing.records[0];
          if (row?.get('byId')) throw sameId();
          if (row?.get('bySha')) throw sameText(row.get('bySha'));
          // contentKey is unique (neo4j/schema.ts): of concurrent uploads of one text, only one commits.
          const created = await tx.run('CREATE (d:Document) SET d = $props, d.contentKey = $sha256, d.submittedAt = datetime() RETURN d {.*, text: null} AS doc', { props, sha256 });
          return presentDocument(created.records[0]!.get('doc'));
        });
      } catch (error) {
        if (!isConstraintViolation(error)) throw error;
        // Lost a race with a concurrent upload of the same text or id: the same 409 as sequentially.
        const [winner] = await readRows(db, 'MATCH (d:Document {contentKey: $sha256}) RETURN d.id AS id', { sha256 });
        throw winner ? sameText(winner.id) : sameId();
      }
    },
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

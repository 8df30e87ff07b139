// /api/documents: listing, text with annotations, and the API's side of submission and deletion,
// whose writes documents/ owns (submit.ts, delete.ts): here they become 202, 404 and 409 answers.
import neo4j from 'neo4j-driver';
import type {
  DocumentDeleteResponse, DocumentDetail, DocumentListQuery, DocumentListResponse, DocumentSubmit, DocumentSummary, DocumentMention,
} from '../../shared/api';
import { deleteDocument } from '../../documents/delete';
import { isConstraintViolation, raceWinner, storePending, type SubmitOutcome } from '../../documents/submit';
import type { ActorType } from '../../shared/vocabulary';
import { conflict, notFound } from '../errors';
import { CLAIM_PROJECTION, presentClaim } from '../presenters/claim-presenter';
import { expandMentions, presentDocument } from '../presenters/document-presenter';
import { toInt } from '../presenters/values';
import { sha256Hex } from '../../text/content-hash';
import { readTx, writeTx, type Db } from './db';

const SUMMARY = 'd {.*, text: null} AS doc';

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
     * leaves with no claim and no mention that are not in the gazetteer (`discovered`).
     */
    async remove(id: string): Promise<DocumentDeleteResponse> {
      const deleted = await writeTx(db, (tx) => deleteDocument(tx, id));
      if (!deleted) throw notFound('Document', id);
      return deleted;
    },

    /** Stores a submitted text as a pending Document for the worker; refuses an id or text already stored. */
    async submit(input: DocumentSubmit): Promise<DocumentSummary> {
      // The text's hash, taken once here where it comes in; the worker reuses the stored one.
      const sha256 = sha256Hex(input.text);
      let outcome: SubmitOutcome;
      try {
        outcome = await writeTx(db, (tx) => storePending(tx, input, sha256));
      } catch (error) {
        if (!isConstraintViolation(error)) throw error;
        // Lost a race with a concurrent upload of the same text or id: the same 409 as sequentially.
        outcome = await readTx(db, (tx) => raceWinner(tx, input, sha256));
      }
      if (outcome.kind === 'stored') return presentDocument(outcome.doc);
      const existing = outcome.kind === 'same-text' ? outcome.existing : outcome.id;
      const see = `see /api/documents/${encodeURIComponent(existing)}/status.`;
      throw conflict(
        outcome.kind === 'same-text'
          ? `The same text is already stored as document ${JSON.stringify(existing)}; ${see}`
          : `Document ${JSON.stringify(existing)} already exists; ${see}`,
      );
    },
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

// Submission, the first step of a document's life: a text stored as a pending Document for the
// worker (queue.ts claims it). The caller hashed the text where it came in (text/content-hash.ts).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { DocumentSubmit } from '../shared/api';
import { publicationYear } from '../shared/contract';
import { writePublisherChanges } from '../neo4j/publisher-tallies';

export type SubmitOutcome =
  | { kind: 'stored'; id: string; doc: Record<string, unknown> }
  /** A document with this id exists. */
  | { kind: 'same-id'; id: string }
  /** The same text is stored as document `existing`. */
  | { kind: 'same-text'; id: string; existing: string };

/** Of two concurrent submissions of one text or id, the second fails on a unique constraint at write. */
export const isConstraintViolation = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The id of a submission that names none: from its content, so one text always gets one id. */
export const submittedId = (input: Pick<DocumentSubmit, 'id'>, sha256: string) => input.id ?? `upload-${sha256.slice(0, 16)}`;

/** Stores `input` as a pending Document (its `doc` without the text), unless its id or text is stored already. */
export async function storePending(tx: ManagedTransaction, input: DocumentSubmit, sha256: string): Promise<SubmitOutcome> {
  const id = submittedId(input, sha256);
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
  const existing = await tx.run(
    'OPTIONAL MATCH (a:Document {id: $id}) OPTIONAL MATCH (b:Document {sha256: $sha256}) RETURN a.id AS byId, b.id AS bySha LIMIT 1',
    { id, sha256 },
  );
  const row = existing.records[0];
  if (row?.get('byId')) return { kind: 'same-id', id };
  if (row?.get('bySha')) return { kind: 'same-text', id, existing: String(row.get('bySha')) };
  // contentKey is unique (neo4j/schema.ts): of concurrent uploads of one text, only one commits.
  const created = await tx.run('CREATE (d:Document) SET d = $props, d.contentKey = $sha256, d.submittedAt = datetime() RETURN d {.*, text: null} AS doc', { props, sha256 });
  // The distinct publishers of /api/stats (the transaction's last write).
  await writePublisherChanges(tx, [[null, props.publisher]]);
  return { kind: 'stored', id, doc: created.records[0]!.get('doc') as Record<string, unknown> };
}

/** After a lost race (isConstraintViolation): the submission that won, by text, else by id. */
export async function raceWinner(tx: ManagedTransaction, input: DocumentSubmit, sha256: string): Promise<SubmitOutcome> {
  const id = submittedId(input, sha256);
  const winner = (await tx.run('MATCH (d:Document {contentKey: $sha256}) RETURN d.id AS id', { sha256 })).records[0];
  return winner ? { kind: 'same-text', id, existing: String(winner.get('id')) } : { kind: 'same-id', id };
}

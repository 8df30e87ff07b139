// A long list returned as records of at most RESULT_BATCH items each, rather than as one record.
// neo4j-driver decodes every string of a message that spans several Bolt chunks through its slow path
// (a new StringDecoder per string, walking the message's chunks): one record holding a whole view's
// aggregate rows (≈ 0.5 MB) cost ≈ 7 ms of API CPU per whole graph at 10k claims, and its actor rows
// ≈ 11; in records of a hundred items, ≈ 4 and ≈ 6. Thousands of one-item records cost more again.

/** Items per record: each record stays within one or two Bolt chunks. */
export const RESULT_BATCH = 100;

/** Cypher ending a query: `list` (a list expression, e.g. a collect) returned in batches as column `column`. */
export function returnInBatches(list: string, column: string): string {
  return `WITH ${list} AS items
UNWIND range(0, size(items) - 1, ${RESULT_BATCH}) AS first
RETURN items[first..first + ${RESULT_BATCH}] AS ${column}`;
}

/** The list a returnInBatches query returned: its records' batches in order (no record: an empty list). */
export function batchedList<T>(records: ReadonlyArray<{ get(key: string): unknown }>, column: string): T[] {
  if (records.length === 1) return records[0]!.get(column) as T[];
  const out: T[] = [];
  for (const r of records) for (const item of r.get(column) as T[]) out.push(item);
  return out;
}

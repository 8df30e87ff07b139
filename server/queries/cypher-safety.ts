// Pure: static checks that a saved query's Cypher is read-only, before Neo4j is even asked. The real
// guarantees are the READ access mode and EXPLAIN's query type (saved-query-runner.ts); this catches
// procedure calls and LOAD CSV, which a plan's query type does not always reveal.

/** Read-only procedures a saved query may call. */
export const ALLOWED_PROCEDURES = [
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties', 'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships',
];

/** Removes comments and string literals so keywords inside them don't count. */
export function stripCypherLiterals(cypher: string): string {
  return cypher
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/** Returns why the Cypher is not allowed, or null when the static checks pass. */
export function staticWriteReason(cypher: string): string | null {
  const code = stripCypherLiterals(cypher);
  if (/\bLOAD\s+CSV\b/i.test(code)) return 'LOAD CSV is not allowed.';
  if (/\}\s*IN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) return 'CALL … IN TRANSACTIONS is not allowed.';
  // Administration commands (users, roles, databases, transactions of other sessions) and database switching.
  const admin = /(?<![.\w])(?:USE\s+[\w`]|SHOW\s+\w|TERMINATE\s+TRANSACTION|GRANT\s|DENY\s|REVOKE\s|ALTER\s+\w|(?:CREATE|DROP|RENAME)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER)\b|(?:START|STOP)\s+DATABASE)/i.exec(code);
  if (admin) return `administration command ${JSON.stringify(admin[0].trim())} is not allowed.`;
  const calls = code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*\(?/gi);
  for (const call of calls) {
    const name = (call[1] ?? '').toLowerCase();
    if (name.startsWith('dbms.')) return `procedure ${call[1]} (dbms.*) is not allowed.`;
    if (!ALLOWED_PROCEDURES.includes(name)) return `procedure ${call[1]} is not allowed (allowed: ${ALLOWED_PROCEDURES.join(', ')}).`;
  }
  return null;
}

/** EXPLAIN's query type: r read, rw read-write, w write, s schema. */
export function queryTypeReason(queryType: string | undefined): string | null {
  if (queryType === 'w' || queryType === 'rw') return 'the query writes to the graph (CREATE, MERGE, SET, DELETE, REMOVE…).';
  if (queryType === 's') return 'the query changes the schema (indexes or constraints).';
  return null;
}

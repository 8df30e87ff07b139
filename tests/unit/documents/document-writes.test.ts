// The document lifecycle has one owner: only documents/ writes :Document nodes (creates, sets,
// removes or deletes them). Every Cypher string in the app's code is read (through the TypeScript
// parser, so template literals count) and the ones that write a node bound to the Document label
// are listed; the only exception is the derived claim count the edge aggregates keep on each document.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DERIVED_PROPERTY } from '../../../neo4j/edge-aggregates';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Folders of the app's own code; tests/, bench/ (the naive baseline loader) and scripts' fixtures sit on top. */
const APP_FOLDERS = ['shared', 'text', 'config', 'neo4j', 'nlp', 'local-services', 'review', 'documents', 'server', 'ingest', 'web/src', 'scripts'];
const OWNER = 'documents/';
/** Properties a file other than the owner may set on a Document: the edge aggregates' derived count. */
const ALLOWED_SETS: Record<string, readonly string[]> = { 'neo4j/edge-aggregates.ts': [DERIVED_PROPERTY] };

const CLAUSE = String.raw`\b(?:MATCH|OPTIONAL|WITH|RETURN|CREATE|MERGE|SET|DELETE|DETACH|REMOVE|UNWIND|CALL|FOREACH|WHERE|ON|ORDER|LIMIT|SKIP|UNION)\b`;

/** The clauses of `cypher` introduced by `keyword` (its text up to the next clause). */
function clauses(cypher: string, keyword: string): string[] {
  const out: string[] = [];
  const re = new RegExp(String.raw`\b${keyword}\b`, 'g');
  for (let m = re.exec(cypher); m; m = re.exec(cypher)) {
    const rest = cypher.slice(m.index + m[0].length);
    const end = new RegExp(CLAUSE).exec(rest);
    out.push(end ? rest.slice(0, end.index) : rest);
  }
  return out;
}

/** What a Cypher string writes on Document nodes: `CREATE`, `MERGE`, `DELETE`, `REMOVE x.p`, `SET x.p` (with p). */
export function documentWrites(cypher: string): Array<{ write: string; property?: string }> {
  const writes: Array<{ write: string; property?: string }> = [];
  if (/\b(CREATE|MERGE)\s*\(\s*\w*\s*:\s*Document\b/.test(cypher)) writes.push({ write: 'CREATE/MERGE' });
  const vars = new Set([...cypher.matchAll(/\(\s*(\w+)\s*:\s*Document\b/g)].map((m) => m[1] as string));
  for (const v of vars) {
    for (const set of clauses(cypher, 'SET')) {
      for (const item of set.split(',')) {
        const m = new RegExp(String.raw`^\s*${v}\s*(?:\.\s*(\w+)\s*=|\[|\+?=|:)`).exec(item);
        if (m) writes.push({ write: 'SET', property: m[1] });
      }
    }
    for (const removed of clauses(cypher, 'REMOVE')) {
      for (const item of removed.split(',')) if (new RegExp(String.raw`^\s*${v}\s*[.:]`).test(item)) writes.push({ write: 'REMOVE' });
    }
    for (const deleted of clauses(cypher, 'DELETE')) {
      if (deleted.split(',').some((item) => item.trim() === v)) writes.push({ write: 'DELETE' });
    }
  }
  return writes;
}

/** Every string and template literal of a file (`${…}` as `$_`). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text + node.templateSpans.map((s) => `$_${s.literal.text}`).join(''));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function writersIn(folders: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of sourceFiles(path.join(ROOT, folder))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const allowed = ALLOWED_SETS[rel] ?? [];
      for (const cypher of literals(file)) {
        const writes = documentWrites(cypher).filter((w) => !(w.write === 'SET' && w.property !== undefined && allowed.includes(w.property)));
        if (writes.length > 0) found.set(rel, [...(found.get(rel) ?? []), `${writes.map((w) => w.write).join('+')}: ${cypher.replace(/\s+/g, ' ').slice(0, 100)}`]);
      }
    }
  }
  return found;
}

describe('the writers of :Document', () => {
  it('are all in documents/', () => {
    const outside = [...writersIn(APP_FOLDERS)].filter(([file]) => !file.startsWith(OWNER));
    expect(Object.fromEntries(outside)).toEqual({});
  });

  it('are found in documents/ (so the scan sees what it looks for)', () => {
    const files = [...writersIn(['documents']).keys()].sort();
    expect(files).toEqual(['documents/delete.ts', 'documents/queue.ts', 'documents/submit.ts', 'documents/write-documents.ts']);
  });

  it('recognises creating, setting, removing and deleting a Document, and nothing else', () => {
    expect(documentWrites('CREATE (d:Document) SET d = $props')).not.toEqual([]);
    expect(documentWrites('UNWIND $docs AS doc MERGE (d:Document {id: doc.id}) ON CREATE SET d.x = 1')).not.toEqual([]);
    expect(documentWrites("MATCH (d:Document {status: 'pending'}) SET d._LOCK_ = true")).toEqual([{ write: 'SET', property: '_LOCK_' }]);
    expect(documentWrites('MATCH (x:Actor), (d:Document) SET x.n = coalesce(x.n, 0), d.status = $s')).toEqual([{ write: 'SET', property: 'status' }]);
    expect(documentWrites('MATCH (x:Actor), (d:Document) SET x.n = coalesce(d.n, d.m) RETURN d.id, d.title')).toEqual([]);
    expect(documentWrites('MATCH (d:Document {id: $id}) SET d += $props')).toEqual([{ write: 'SET', property: undefined }]);
    expect(documentWrites('MATCH (d:Document {id: $id}) REMOVE d._LOCK_')).toEqual([{ write: 'REMOVE' }]);
    expect(documentWrites('MATCH (d:Document {id: $id}) DETACH DELETE d')).toEqual([{ write: 'DELETE' }]);
    expect(documentWrites('MATCH (d:Document)-[m:MENTIONS]->(a:Actor) DELETE m, a')).toEqual([]);
    expect(documentWrites('MATCH (d:Document {id: $id}) MATCH (x:Actor) MERGE (d)-[m:MENTIONS]->(x) ON CREATE SET m.count = 0')).toEqual([]);
    expect(documentWrites("MATCH (d:Document) WITH d, d.status = 'done' AS done RETURN d.id, done")).toEqual([]);
    expect(documentWrites('MATCH (a:Actor {id: $id}) SET a.name = $name')).toEqual([]);
  });
});

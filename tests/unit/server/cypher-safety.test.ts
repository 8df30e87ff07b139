import { describe, expect, it } from 'vitest';
import { queryTypeReason, staticWriteReason, stripCypherLiterals } from '../../../server/queries/cypher-safety';

describe('staticWriteReason', () => {
  it('allows plain reads and allow-listed procedures', () => {
    expect(staticWriteReason('MATCH (a:Actor) RETURN a')).toBeNull();
    expect(staticWriteReason('CALL db.labels() YIELD label RETURN label')).toBeNull();
    expect(staticWriteReason("CALL db.index.fulltext.queryNodes('actor_search', 'cia') YIELD node RETURN node")).toBeNull();
    expect(staticWriteReason('MATCH (a) CALL (a) { MATCH (a)--(b) RETURN count(b) AS n } RETURN n')).toBeNull();
  });

  it('refuses dbms procedures, other procedures, LOAD CSV and CALL IN TRANSACTIONS', () => {
    expect(staticWriteReason('CALL dbms.listConfig()')).toContain('dbms');
    expect(staticWriteReason('call DBMS.security.createUser("x", "y", false)')).toContain('dbms');
    expect(staticWriteReason("CALL db.createLabel('X')")).toContain('db.createLabel');
    expect(staticWriteReason("CALL apoc.create.node(['X'], {})")).toContain('apoc.create.node');
    expect(staticWriteReason("load  csv from 'file:///x' as l return l")).toContain('LOAD CSV');
    expect(staticWriteReason('MATCH (a) CALL (a) { DETACH DELETE a } IN TRANSACTIONS')).toContain('IN TRANSACTIONS');
  });

  it('refuses administration commands and database switching', () => {
    for (const cypher of ['USE system SHOW USERS', 'SHOW TRANSACTIONS', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', "CREATE USER bob SET PASSWORD 'x'",
      'DROP DATABASE neo4j', 'GRANT ROLE admin TO bob', 'ALTER USER neo4j SET STATUS SUSPENDED', 'STOP DATABASE neo4j', 'create or replace database x']) {
      expect(staticWriteReason(cypher), cypher).toContain('administration');
    }
    expect(staticWriteReason('MATCH (a) RETURN a.show AS show, a.user AS user')).toBeNull();
  });

  it('ignores keywords inside strings and comments', () => {
    expect(staticWriteReason("MATCH (a) WHERE a.name = 'CALL dbms.x() LOAD CSV' RETURN a")).toBeNull();
    expect(staticWriteReason('MATCH (a) // CALL dbms.x()\nRETURN a')).toBeNull();
    expect(stripCypherLiterals("RETURN 'it\\'s' /* c */")).toBe("RETURN ''  ");
  });
});

describe('queryTypeReason', () => {
  it('refuses write, read-write and schema plans', () => {
    expect(queryTypeReason('r')).toBeNull();
    expect(queryTypeReason('w')).toContain('writes');
    expect(queryTypeReason('rw')).toContain('writes');
    expect(queryTypeReason('s')).toContain('schema');
  });
});

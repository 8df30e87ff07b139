// The backup file's validation without a database: the schema's problems (shape, types, relation
// types, property names) and the checks a schema cannot make (unique ids, endpoints, counts, lists).
import { describe, expect, it } from 'vitest';
import { BackupError, validateBackup } from '../../../neo4j/backup-format';

const good = () => ({
  format: 'actorscope-backup',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  counts: { actors: 2, documents: 1, mentions: 1, claims: 1, savedQueries: 0 },
  actors: [{ id: 'a', name: 'A', n: 1, f: { $float: 1 }, aliases: ['x', 'y'], at: { $datetime: '2020-01-01T00:00Z' }, gone: null }, { id: 'b' }],
  documents: [{ id: 'd', score: { $float: 'NaN' } }],
  mentions: [{ doc: 'd', actor: 'a', properties: { count: 1 } }],
  claims: [{ type: 'VISITED', source: 'a', target: 'b', properties: { weight: 0.5 } }],
  savedQueries: [] as unknown[],
});

function problemsOf(data: unknown): string[] {
  try {
    validateBackup(data, 'f.json');
  } catch (error) {
    if (error instanceof BackupError) return error.problems;
    throw error;
  }
  throw new Error('expected a BackupError');
}

describe('validateBackup', () => {
  it('decodes a good file: integers tagged, floats plain, temporals apart, nulls dropped', () => {
    const decoded = validateBackup(good());
    expect(decoded.actors[0]).toEqual({
      id: 'a',
      data: { props: { id: 'a', name: 'A', n: { $int: 1 }, f: 1, aliases: ['x', 'y'] }, temporals: [{ key: 'at', kind: 'datetime', value: '2020-01-01T00:00Z' }] },
    });
    expect(Number.isNaN(decoded.documents[0]?.data.props.score)).toBe(true);
    expect(decoded.claims[0]).toMatchObject({ type: 'VISITED', from: 'a', to: 'b' });
    // A file from before reviews existed has none (the optional sections count 0).
    expect(decoded.counts).toEqual({ actors: 2, documents: 1, mentions: 1, claims: 1, savedQueries: 0, reviews: 0, actorDecisions: 0 });
  });

  it('lists every shape problem of a file that is not a backup, naming each field', () => {
    expect(problemsOf({ hello: 'world' })).toEqual([
      'format: expected "actorscope-backup", got nothing.',
      'version: expected 1, got nothing.',
      'actors: expected an array, got nothing.',
      'documents: expected an array, got nothing.',
      'mentions: expected an array, got nothing.',
      'claims: expected an array, got nothing.',
      'savedQueries: expected an array, got nothing.',
    ]);
    expect(problemsOf(null)).toEqual(['expected an object, got null.']);
    expect(problemsOf({ ...good(), version: 2 })).toEqual(['version: expected 1, got 2.']);
  });

  it('names bad values, relation types, property names and missing ids, one line each', () => {
    const file = good();
    const problems = problemsOf({
      ...file,
      actors: [{ name: 'x' }, { id: '' }, { id: 'b', nested: [[1]] }],
      claims: [{ type: 'DELETED', source: 'a', target: 'b', properties: { 'a`b': 1, t: { a: 1 } } }],
      mentions: [7],
    });
    expect(problems).toEqual([
      'actors[0].id: expected a non-empty string, got nothing.',
      'actors[1].id: expected a non-empty string, got "".',
      expect.stringMatching(/^actors\[2\]\.nested: expected a string, boolean, number, .* or a list of one of those, got \[\[1\]\]\.$/),
      'mentions[0]: expected an object, got 7.',
      expect.stringMatching(/^claims\[0\]\.type: expected one of VISITED, MET_WITH, .*, got "DELETED"\.$/),
      expect.stringMatching(/^claims\[0\]\.properties\.t: expected a string, .*, got \{"a":1\}\.$/),
      'claims[0].properties: invalid property name "a`b".',
    ]);
  });

  it('checks what a schema cannot: unique ids, endpoints, counts, one type per list, safe integers', () => {
    const file = good();
    const problems = problemsOf({
      ...file,
      actors: [...file.actors, { id: 'a' }],
      claims: [{ type: 'VISITED', source: 'a', target: 'nobody', properties: { big: 2 ** 60, mixed: ['x', 1], dates: [{ $date: '2020-01-01' }] } }],
    });
    expect(problems).toEqual([
      'actors[2].id: "a" appears twice in actors.',
      expect.stringMatching(/^claims\[0\]\.properties\.big: integer \d+ is beyond ±2\^53/),
      'claims[0].properties.mixed: a Neo4j list holds one type, found string and integer.',
      'claims[0].properties.dates: lists of dates are not supported.',
      'claims[0].target: "nobody" is not one of the actors in the file.',
      'counts.actors: the file declares 2 but holds 3 (truncated file?).',
    ]);
  });

  it('shows at most 25 problems and says how many more there are', () => {
    const file = good();
    const problems = problemsOf({ ...file, counts: undefined, claims: Array.from({ length: 40 }, () => ({ ...file.claims[0], target: 'nobody' })) });
    expect(problems).toHaveLength(26);
    expect(problems[25]).toBe('… and 15 more problems.');
  });
});

// fast-check arbitraries for hostile API input: injection strings, unicode and control characters,
// huge values, wrong types and deep nesting.
import fc from 'fast-check';

export const INJECTIONS = [
  "'}) DETACH DELETE n //",
  '"}) DETACH DELETE n //',
  "x'}) MATCH (n) SET n.pwned = true //",
  'MATCH (n) SET n.pwned = true RETURN n',
  "') MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (m) WHERE ('1'='1",
  'CALL dbms.killQueries([])',
  'CALL db.clearQueryCaches()',
  'CALL dbms.security.createUser("mallory", "secret", false)',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'CREATE (:Pwned)',
  'MERGE (p:Pwned) RETURN p',
  "x' OR '1'='1",
  '1 OR 1=1 --',
  '$where',
  '{"$gt": ""}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '`backtick` RETURN 1 //',
  '\\u0000\\',
] as const;

const CONTROL_AND_UNICODE = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '𝕏', 'ﷺ', 'é', 'é'];

/** Any hostile string (some of them long). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL_AND_UNICODE), minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 20_000 }).map((n) => 'A'.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('-1', '0', '1e309', 'NaN', 'Infinity', '99999999999999999999', '1.5', 'true', 'null', '[]', '{}', '') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...INJECTIONS), fc.string({ unit: fc.constantFrom(...CONTROL_AND_UNICODE), maxLength: 5 })).map(([a, b]) => a + b) },
);

/** A JSON array nested `depth` levels deep: [[[[...]]]]. */
export function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Any JSON value, including deep arrays and big strings. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 800 }).map(deepArray) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, []) },
);

export const BASE_TEXT = 'The United States met Pakistan in Doha in 2021. The Taliban attacked ISKP in Kabul in 2022.';
export const HOSTILE_TEXT =
  `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\n` +
  `Zero\u200bwidth\u200c joiners\u200d and \u202eright-to-left override\u202c, \u2066isolate\u2069, \u05e9\u05dc\u05d5\u05dd, ` +
  `\u0627\u0644\u0633\u0644\u0627\u0645, emoji 🙂🇵🇰, combining é.\n${BASE_TEXT}\n<b>bold</b> &amp; &lt;tags&gt;`;


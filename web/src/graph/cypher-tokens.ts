// A small Cypher tokenizer for syntax highlighting in the saved-query editor. Lossless: the token
// texts concatenate back to the input, so the highlighted layer lines up with the textarea. Pure.
export type TokenKind = 'keyword' | 'string' | 'number' | 'comment' | 'param' | 'label' | 'function' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set([
  'MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'AS', 'ORDER', 'BY', 'ASC', 'DESC', 'ASCENDING', 'DESCENDING',
  'LIMIT', 'SKIP', 'DISTINCT', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE', 'CASE', 'WHEN', 'THEN',
  'ELSE', 'END', 'CALL', 'YIELD', 'UNION', 'ALL', 'EXISTS', 'COUNT', 'CONTAINS', 'STARTS', 'ENDS', 'CREATE', 'MERGE',
  'DELETE', 'DETACH', 'SET', 'REMOVE', 'FOREACH', 'ON', 'SHORTESTPATH', 'ALLSHORTESTPATHS', 'COLLECT',
]);

const PATTERN = new RegExp(
  [
    '(?<comment>//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$))',
    '(?<string>\'(?:[^\'\\\\]|\\\\.)*\'?|"(?:[^"\\\\]|\\\\.)*"?)',
    '(?<param>\\$[A-Za-z_][A-Za-z0-9_]*)',
    '(?<label>:\\s*`[^`]*`|:[A-Za-z_][A-Za-z0-9_]*)',
    '(?<number>\\b\\d+(?:\\.\\d+)?\\b)',
    '(?<word>[A-Za-z_][A-Za-z0-9_.]*)',
  ].join('|'),
  'g',
);

export function tokenizeCypher(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const push = (kind: TokenKind, text: string) => {
    const prev = tokens[tokens.length - 1];
    if (prev && prev.kind === kind && kind === 'text') prev.text += text;
    else tokens.push({ kind, text });
  };
  for (const m of source.matchAll(PATTERN)) {
    const index = m.index;
    if (index > last) push('text', source.slice(last, index));
    const g = m.groups!;
    if (g.comment) push('comment', m[0]);
    else if (g.string) push('string', m[0]);
    else if (g.param) push('param', m[0]);
    else if (g.label) push('label', m[0]);
    else if (g.number) push('number', m[0]);
    else if (g.word) {
      const after = source.slice(index + m[0].length);
      if (KEYWORDS.has(m[0].toUpperCase())) push('keyword', m[0]);
      else if (/^\s*\(/.test(after)) push('function', m[0]);
      else push('text', m[0]);
    }
    last = index + m[0].length;
  }
  if (last < source.length) push('text', source.slice(last));
  return tokens;
}
